/** 'other' is for a user's term whose glossary gives no category. */
export const GLOSSARY_CATEGORIES = [
  'policy',
  'ideology',
  'law',
  'institution',
  'person',
  'place',
  'publication',
  'event',
  'other',
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/**
 * Who published an attested rendering, most authoritative first: 'official' a publication of the
 * Chinese state or Party (an SCIO white paper's English, a ministry's site, a Foreign Languages Press
 * translation), 'state-media' Xinhua, China Daily, CGTN and the like, 'scholarly' a researcher or
 * professional translator (DigiChina, China Law Translate), 'other' anything else (Wikipedia, a law firm).
 * Machine translations are not attestations at all.
 */
export const ATTESTATION_KINDS = ['official', 'state-media', 'scholarly', 'other'] as const;

export type AttestationKind = (typeof ATTESTATION_KINDS)[number];

/** One published use of a rendering outside this library, checkable at its address. */
export interface Attestation {
  /** As it appears on the page, case and all. */
  rendering: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as the page gives it; absent when the page shows no date. */
  date?: string | undefined;
  url: string;
  kind: AttestationKind;
}

/** A published source of a rendering, outside the library. */
export interface GlossaryCitation {
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source states it. */
  date: string;
  url?: string | undefined;
}

export interface GlossaryEntry {
  /** The term in Simplified Chinese, as it appears in the corpus. */
  term: string;
  /** Hanyu pinyin with tone marks, words separated as usual: "wǎngluò qiángguó". */
  pinyin: string;
  /** The English rendering a translator should use. */
  recommended: string;
  /**
   * Whose usage the recommendation follows, as recommendationOf states it ("most recent official usage:
   * State Council Information Office, 2023-03"), or that no published usage was found; for a user's
   * entry, the file it came from.
   */
  basis: string;
  /** External sources that use the recommended rendering, each checkable by a reader. */
  citations?: GlossaryCitation[] | undefined;
  /**
   * Published renderings of the term outside this library; the recommendation follows them (see
   * recommendationOf). Empty in the project glossary when no published usage was found; absent in a
   * user's glossary, which gives none.
   */
  attestations?: Attestation[] | undefined;
  /** Other English renderings, known or seen in the corpus. */
  variants: string[];
  category: GlossaryCategory;
  /** One line a translator would want, e.g. how the corpus translation departs from the recommendation. */
  note?: string | undefined;
}

/** Where in a file a problem stands: 1-based line and column (in characters). */
export interface FilePosition {
  line: number;
  column: number;
}

/**
 * A problem in a glossary file, naming the file and, where known, the entry and field or the line and
 * column (`file:line:column: problem`, as compilers print it). One line: never more than the first problem.
 */
export class GlossaryError extends Error {
  readonly file: string;
  readonly position: FilePosition | undefined;

  constructor(file: string, problem: string, position?: FilePosition) {
    super(`${file}${position ? `:${position.line}:${position.column}` : ''}: ${problem}`);
    this.name = 'GlossaryError';
    this.file = file;
    this.position = position;
  }
}
