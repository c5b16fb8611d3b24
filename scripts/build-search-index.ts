/** Build step: writes the search index of the corpus (run by `npm run build` before `next build`). */
import { corpusSearchBeads } from '../lib/reader/search';
import { SEARCH_INDEX_FILE, writeSearchIndex } from '../lib/search';

const started = performance.now();
const bytes = writeSearchIndex(corpusSearchBeads());
console.log(`search index: ${SEARCH_INDEX_FILE} (${(bytes / 1024).toFixed(1)} KB, ${Math.round(performance.now() - started)} ms)`);
