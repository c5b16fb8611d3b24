export { beadSearchTerms, FIELD, indexTerm } from './terms';
export type { BeadSearchTerms } from './terms';
export {
  COUNT_LIMIT,
  countHits,
  DEFAULT_SEARCH_OPTIONS,
  MAX_QUERY_LENGTH,
  detectQueryKind,
  groupHitsByDocument,
  isQueryTooLong,
  searchBeads,
} from './query';
export type { DocumentHits, HitCount, QueryKind, SearchHit, SearchOptions, SearchSource, StoredBead, TermQuery } from './types';
