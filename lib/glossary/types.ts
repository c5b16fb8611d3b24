export const GLOSSARY_CATEGORIES = ['policy', 'ideology', 'law', 'institution', 'person', 'place', 'publication', 'event'] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export interface GlossaryEntry {
  /** The term in Simplified Chinese, as it appears in the corpus. */
  term: string;
  /** Hanyu pinyin with tone marks, words separated as usual: "wǎngluò qiángguó". */
  pinyin: string;
  /** The English rendering a translator should use. */
  recommended: string;
  /** Whose usage the recommendation follows, e.g. "Xinhua / China Daily official usage". */
  basis: string;
  /** Other English renderings, known or seen in the corpus. */
  variants: string[];
  category: GlossaryCategory;
  /** One line a translator would want, e.g. how the corpus translation departs from the recommendation. */
  note?: string | undefined;
}

/** A problem in a glossary file, naming the file and, where known, the entry and field. */
export class GlossaryError extends Error {
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'GlossaryError';
    this.file = file;
  }
}
