/** Build step: writes the search index of the corpus (run by `npm run build` before `next build`). */
import { corpusSearchBeads } from '../lib/reader/search';
import { SEARCH_INDEX_FILE, writeSearchIndex } from '../lib/search';
import { formatBytes, timed } from './lib/measure';

const { result: bytes, ms } = timed(() => writeSearchIndex(corpusSearchBeads()));
console.log(`search index: ${SEARCH_INDEX_FILE} (${formatBytes(bytes)}, ${Math.round(ms)} ms)`);
