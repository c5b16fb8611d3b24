export { buildSearchIndex, loadSearchIndex, serializeSearchIndex, SEARCH_INDEX_FORMAT } from './store';
export type { SearchIndex } from './store';
export { readSearchIndex, SEARCH_INDEX_FILE, writeSearchIndex } from './file';
export { DEFAULT_SEARCH_OPTIONS, MAX_QUERY_LENGTH, detectQueryKind, isQueryTooLong, groupHitsByDocument, searchBeads } from './query';
export type { DocumentHits, QueryKind, SearchBead, SearchHit, SearchOptions } from './types';
