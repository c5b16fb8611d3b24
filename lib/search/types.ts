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

/**
 * What the index is asked for: index terms (see FIELD), optionally as prefixes; a phrase of terms that stand next
 * to each other in a bead's terms; combined with and/or, and `minus` (beads matching the first but not the second).
 */
export type TermQuery =
  | { term: string; prefix?: boolean }
  | { phrase: string[] }
  | { and: TermQuery[] }
  | { or: TermQuery[] }
  | { minus: [TermQuery, TermQuery] };

/** Where search finds its beads: the library index (lib/store), or any other full-text table. */
export interface SearchSource {
  /**
   * Beads matching `query`, best first (ties by id), the `limit` after the first `offset`; a higher score is
   * better. The database ranks and cuts, so the cost follows the page asked for, not the library.
   */
  candidates(query: TermQuery, page: { limit: number; offset: number }): Promise<Array<{ id: number; score: number }>>;
  /** How many beads match `query`, counting no further than `upTo`. */
  count(query: TermQuery, upTo: number): Promise<number>;
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
  /** Most hits returned. Default 20 (a page). */
  limit?: number;
  /** Hits skipped, in rank order: the page's start. Default 0. */
  offset?: number;
}

/** How many beads a query finds: exact up to `upTo`, else `more` and count = upTo. */
export interface HitCount {
  count: number;
  /** More beads match than were counted. */
  more: boolean;
}
