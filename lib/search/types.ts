import type { Span } from '../segment';

/**
 * The unit of search: one bead of a document. Bilingual beads carry both
 * sides; a paragraph of a one-language document is a bead with one side empty.
 */
export interface SearchBead {
  slug: string;
  /** Index of the bead in its document. */
  bead: number;
  /** Chinese text (Simplified), '' when the bead has none. */
  zh: string;
  /** English text, '' when the bead has none. */
  en: string;
  /** The segmented words of `zh`, in order, when a segmenter has run. */
  zhWords?: readonly string[];
}

/** How a query was read: Chinese characters, pinyin (also tried as English), or English. */
export type QueryKind = 'chinese' | 'pinyin' | 'english';

export interface SearchHit {
  slug: string;
  bead: number;
  /** Relevance in (0, 1], relative to the best hit of the same kind of match. */
  score: number;
  /**
   * Whether the whole query was found in one piece: the Chinese string, the
   * pinyin syllables on consecutive characters, or the English phrase.
   * Exact hits rank before the others.
   */
  exact: boolean;
  /** What matched: 'pinyin' or 'english' for a query read both ways. */
  matchedAs: QueryKind;
  /** Spans to highlight in the bead's `zh` text, sorted and disjoint. */
  zhSpans: Span[];
  /** Spans to highlight in the bead's `en` text, sorted and disjoint. */
  enSpans: Span[];
}

/** Hits of one document, best document first. */
export interface DocumentHits {
  slug: string;
  /** The score of the document's best hit. */
  score: number;
  /** The document's hits in rank order. */
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Most hits returned. Default 100. */
  limit?: number;
}
