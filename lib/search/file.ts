import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SearchIndex } from './store';
import type { SearchBead } from './types';

/** Written at build time (scripts/build-search-index.ts) and read by the search page: indexing the corpus takes seconds. */
export const SEARCH_INDEX_FILE = path.join(process.cwd(), '.cache', 'search-index.json');

/** Builds the index of `beads` and writes it to `file`; returns its size in bytes. */
export function writeSearchIndex(beads: readonly SearchBead[], file = SEARCH_INDEX_FILE): number {
  const json = serializeSearchIndex(buildSearchIndex(beads));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json);
  return Buffer.byteLength(json);
}

/** Reads the index written by `writeSearchIndex`; a missing file names the command that writes it. */
export function readSearchIndex(file = SEARCH_INDEX_FILE): SearchIndex {
  if (!existsSync(file)) throw new Error(`${file}: search index missing — run \`npm run build\` (it writes the index)`);
  return loadSearchIndex(readFileSync(file, 'utf8'));
}
