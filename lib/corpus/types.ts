import type { Bead } from '../align';

export type Lang = 'zh' | 'en';

/** Who made a document's English, as far as its source shows: renderings from a machine translation are weaker evidence than the official one. */
export const TRANSLATION_KINDS = ['official', 'publisher', 'professional', 'machine', 'unknown'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

export interface Translation {
  /** Who made it (a person, body or site), or "not stated". */
  by: string;
  kind: TranslationKind;
  /** Why the kind was judged so, e.g. what the page shows. */
  note?: string | undefined;
}

/** What a meta.json without `translation` (written before it existed, or by hand) is read as. */
export const UNKNOWN_TRANSLATION: Translation = { by: 'not stated', kind: 'unknown' };

export interface DocumentMeta {
  slug: string;
  title: { zh?: string | undefined; en: string };
  author: { zh?: string | undefined; en?: string | undefined };
  publication: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Where the text comes from, as a reader would cite it. */
  source: string;
  languages: Lang[];
  /** Who made the English and what kind of translation it is (UNKNOWN_TRANSLATION when meta.json does not say). */
  translation: Translation;
}

export type DocumentKind = 'bilingual' | 'english-only' | 'chinese-only';

export interface CorpusDocument {
  meta: DocumentMeta;
  kind: DocumentKind;
  /** Paragraphs of zh.txt, or null when the document has no Chinese. */
  zh: string[] | null;
  /** Paragraphs of en.txt, or null when the document has no English. */
  en: string[] | null;
  /** The beads of alignment.tsv (given by a file or checked by a person), when the folder has one; it then replaces the aligner's. */
  alignment?: Bead[] | undefined;
  /** The units of the bilingual file the document was imported from (units.tsv), when it was. */
  units?: SourceUnit[] | undefined;
}

/**
 * One unit of an imported bilingual file: the paragraphs it became (at most one a side) and the file's own
 * id for it — `tuid` (else `#` and its position), trans-unit or unit `id` (with several `<file>` elements,
 * the file's `original` or `id`, `#`, then the unit's) — so that an export maps back to the source.
 */
export interface SourceUnit {
  zh: number[];
  en: number[];
  id: string;
}

/** A problem in the corpus data, naming the file and, where known, the field or line. */
export class CorpusError extends Error {
  readonly file: string;
  readonly where: string | undefined;

  constructor(file: string, problem: string, where?: string) {
    super(`${file}${where ? ` (${where})` : ''}: ${problem}`);
    this.name = 'CorpusError';
    this.file = file;
    this.where = where;
  }
}
