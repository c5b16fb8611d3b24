// The words of review decisions, without their schema: client components show them.

/** What a reviewer says of a finding: still to look at, an accepted variant, a false alarm, or mended in the text. */
export const REVIEW_STATUSES = ['open', 'accepted-variant', 'false-positive', 'fixed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** How far a decision reaches: this occurrence, every such finding in this document, or the term everywhere. */
export const REVIEW_SCOPES = ['occurrence', 'document', 'term'] as const;
export type ReviewScope = (typeof REVIEW_SCOPES)[number];

export const STATUS_LABEL: Readonly<Record<ReviewStatus, string>> = {
  open: 'Open',
  'accepted-variant': 'Accepted variant',
  'false-positive': 'False positive',
  fixed: 'Fixed',
};

export const SCOPE_LABEL: Readonly<Record<ReviewScope, string>> = {
  occurrence: 'This occurrence',
  document: 'This document',
  term: 'This term everywhere',
};
