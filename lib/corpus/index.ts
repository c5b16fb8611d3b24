import { loadDocument } from './load';
import { corpusDirs, corpusVersionOf, corpusVersionOnDisk, folderVersion, listDocumentFolders } from './version';
import { CorpusError } from './types';
import type { CorpusDocument } from './types';

export { ALIGNMENT_FILE, checkAlignment, formatAlignment, parseAlignment } from './alignment';
export { UNITS_FILE, formatUnits, unitIdsOf } from './units';
export { splitParagraphs } from './paragraphs';
export { loadCorpusFrom, loadDocument, readMeta, readTextFile, validateMeta } from './load';
export { CORPUS_DIR, SLUG, corpusDirs, corpusVersionOnDisk, documentVersionOnDisk, folderVersion, listDocumentFolders } from './version';
export { CorpusError } from './types';
export type { CorpusDocument, DocumentKind, DocumentMeta, Lang, SourceUnit } from './types';

/**
 * How long getCorpus trusts its last look at the corpus folders. A change made by another process
 * (the import CLI, a hand-edited alignment.tsv) shows within this time, or at once where a request names
 * the version it saw on disk (catchUpWith); writes made through lib/library call invalidateCorpus and
 * show at once.
 */
export const FRESHNESS_INTERVAL_MS = 1000;

/** The version given to a document that does not exist, so a missing page has a cache key too. */
export const NO_DOCUMENT_VERSION = 'none';

interface Loaded {
  version: string;
  doc: CorpusDocument;
}

/** Loaded documents by folder path; an unchanged folder keeps its document object. */
let loaded = new Map<string, Loaded>();
let corpus: CorpusDocument[] | undefined;
let version = '';
let checkedAt = Number.NEGATIVE_INFINITY;

/**
 * When invalidateCorpus was last called, kept on globalThis: Next bundles each route separately, so one
 * server process may hold several copies of this module, and a write made through a route handler's
 * copy must reach the copy that renders the pages.
 */
const INVALIDATED_AT = Symbol.for('qiushi-parallel.corpus.invalidatedAt');
const shared = globalThis as { [INVALIDATED_AT]?: number };

/** Looks at every document folder and reloads the ones added or changed since the last look. */
function refresh(): CorpusDocument[] {
  const folders = corpusDirs().flatMap((dir) => listDocumentFolders(dir));
  const next = new Map<string, Loaded>();
  let changed = corpus === undefined || folders.length !== loaded.size;
  for (const dir of folders) {
    const folderNow = folderVersion(dir);
    const previous = loaded.get(dir);
    if (previous?.version === folderNow) {
      next.set(dir, previous);
    } else {
      next.set(dir, { version: folderNow, doc: loadDocument(dir) });
      changed = true;
    }
  }
  if (corpus !== undefined && !changed) return corpus;
  const docs = [...next.values()].map((entry) => entry.doc);
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.meta.slug)) throw new CorpusError(doc.meta.slug, 'the same slug occurs in two corpus folders');
    seen.add(doc.meta.slug);
  }
  loaded = next;
  version = corpusVersionOf([...next].map(([dir, entry]) => [dir, entry.version] as const));
  corpus = docs.sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.slug.localeCompare(b.meta.slug));
  return corpus;
}

/**
 * The project's corpus. Loaded on first use; afterwards, at most every FRESHNESS_INTERVAL_MS, the
 * folders are looked at again (stats only) and only documents added or changed are reloaded.
 * Unchanged documents keep their object, so a WeakMap keyed by document is a cache that a change
 * invalidates by itself. A broken document throws a CorpusError naming its file, as at build time.
 */
export function getCorpus(): CorpusDocument[] {
  const now = performance.now();
  if (corpus === undefined || now - checkedAt >= FRESHNESS_INTERVAL_MS || (shared[INVALIDATED_AT] ?? Number.NEGATIVE_INFINITY) >= checkedAt) {
    corpus = refresh();
    checkedAt = now;
  }
  return corpus;
}

export function getDocument(slug: string): CorpusDocument | undefined {
  return getCorpus().find((doc) => doc.meta.slug === slug);
}

/** Makes the next getCorpus look at the folders at once; lib/library calls it after every write. */
export function invalidateCorpus(): void {
  checkedAt = Number.NEGATIVE_INFINITY;
  shared[INVALIDATED_AT] = performance.now();
}

let diskVersion: { value: string; at: number } | undefined;

/**
 * corpusVersionOnDisk, looked at again at most every FRESHNESS_INTERVAL_MS and at once after a write made
 * in this process (invalidateCorpus): stating every file of a library of a thousand documents takes tens
 * of milliseconds, too much for each request of a page keyed by it.
 */
export function recentCorpusVersionOnDisk(): string {
  const now = performance.now();
  const invalidated = shared[INVALIDATED_AT] ?? Number.NEGATIVE_INFINITY;
  if (!diskVersion || now - diskVersion.at >= FRESHNESS_INTERVAL_MS || invalidated >= diskVersion.at) {
    diskVersion = { value: corpusVersionOnDisk(), at: now };
  }
  return diskVersion.value;
}

/** Changes whenever a document is added, removed or changed: a key for caches over the whole corpus. */
export function corpusVersion(): string {
  getCorpus();
  return version;
}

/**
 * The version of the loaded document `slug` (undefined when there is none): a key for caches of one
 * document, and what an edit must present to lib/library's saveAlignment to prove it is not stale.
 */
export function documentVersion(slug: string): string | undefined {
  const doc = getDocument(slug);
  if (!doc) return undefined;
  for (const entry of loaded.values()) if (entry.doc === doc) return entry.version;
  return undefined;
}

/**
 * Takes a version seen on disk (corpusVersionOnDisk, or documentVersionOnDisk(slug) with `slug`) by the
 * code that routed the request: when the loaded corpus differs, the folders are looked at again now, so a
 * page cached under that version never holds older text.
 */
export function catchUpWith(seen: string, slug?: string): void {
  const loadedNow = slug === undefined ? corpusVersion() : (documentVersion(slug) ?? NO_DOCUMENT_VERSION);
  if (loadedNow === seen) return;
  corpus = refresh();
  checkedAt = performance.now();
}
