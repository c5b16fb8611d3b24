import type { Span } from '../segment';

/** A bead as the library index keeps it for search: enough to verify matches and place highlights. */
export interface StoredBead {
  /** The bead's row in the index. */
  id: number;
  slug: string;
  /** Index of the bead in its document. */
  bead: number;
  /** Chinese text (Simplified), '' when the bead has none; the bead's paragraphs joined. */
  zh: string;
  /** English text, '' when the bead has none. */
  en: string;
  /** Toneless syllable of each Han character of `zh`, in order (see beadSearchTerms). */
  syllables: string[];
}

/** What the index is asked for: index terms (see FIELD), optionally as prefixes, combined with and/or. */
export type TermQuery = { term: string; prefix?: boolean } | { and: TermQuery[] } | { or: TermQuery[] };

/** Where search finds its beads: the library index (lib/store), or any other full-text table. */
export interface SearchSource {
  /** Beads matching `query`, best first, at most `limit`; a higher score is better. */
  candidates(query: TermQuery, limit: number): Promise<Array<{ id: number; score: number }>>;
  /** The beads of these ids (those that exist). */
  beads(ids: readonly number[]): Promise<Map<number, StoredBead>>;
}

/** How a query was read: Chinese characters, pinyin (also tried as English), or English. */
export type QueryKind = 'chinese' | 'pinyin' | 'english';

export interface SearchHit {
  /** The bead's row in the index (StoredBead.id). */
  id: number;
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
  /** The bead's texts, which the spans index. */
  zh: string;
  en: string;
  /** Spans to highlight in `zh`, sorted and disjoint. */
  zhSpans: Span[];
  /** Spans to highlight in `en`, sorted and disjoint. */
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
