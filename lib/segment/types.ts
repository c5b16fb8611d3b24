export type TokenKind = 'word' | 'punct' | 'number' | 'latin' | 'space';

export interface Token {
  text: string;
  /** Only 'word' tokens (Chinese words) are for dictionary lookup. */
  kind: TokenKind;
}

export interface SegmentOptions {
  /**
   * Folder of the on-disk cache of segmented paragraphs, keyed by content hash; null for
   * no cache. Default: `.cache/segment` under the working directory.
   */
  cacheDir?: string | null;
  /**
   * Terms outside the domain dictionary (a user's glossary) that must come out as one word token
   * wherever they occur. Applied after the cache, so cached entries stay valid. Default: none.
   */
  extraTerms?: readonly string[];
}

/** A stretch of text: [start, end) in UTF-16 code units, as `String.prototype.slice` takes them. */
export interface Span {
  start: number;
  end: number;
}

/** A token with where it stands in its paragraph. */
export interface PlacedToken extends Token, Span {}
