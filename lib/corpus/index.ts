import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ALIGNMENT_FILE } from './alignment';
import { listDocumentFolders, loadDocument } from './load';
import { CorpusError } from './types';
import type { CorpusDocument } from './types';

export { ALIGNMENT_FILE, ALIGNMENT_HEADER, checkAlignment, parseAlignment } from './alignment';
export { splitParagraphs } from './paragraphs';
export { listDocumentFolders, loadCorpusFrom, loadDocument, readMeta, readTextFile, validateMeta } from './load';
export { CorpusError } from './types';
export type { CorpusDocument, DocumentKind, DocumentMeta, Lang } from './types';

/** The project's corpus folder. */
export const CORPUS_DIR = path.join(process.cwd(), 'corpus');

/**
 * How long getCorpus trusts its last look at the corpus folders. A change made by another process
 * (the import CLI, a hand-edited alignment.tsv) shows within this time; writes made through
 * lib/library call invalidateCorpus and show at once.
 */
export const FRESHNESS_INTERVAL_MS = 1000;

/** The files whose change makes a document change. */
const DOCUMENT_FILES = ['meta.json', 'zh.txt', 'en.txt', ALIGNMENT_FILE] as const;

/**
 * Corpus folders to load: `QP_CORPUS` may list several, separated by the platform's path
 * delimiter (the browser tests add a folder of hostile documents this way). The first is the
 * writable library.
 */
export function corpusDirs(): string[] {
  const list = process.env.QP_CORPUS?.split(path.delimiter).filter(Boolean);
  return list && list.length > 0 ? list.map((dir) => path.resolve(dir)) : [CORPUS_DIR];
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * A document folder's version as it is on disk now: a hash of the inode, size and change times of
 * its files. Atomic writes replace a file by another inode, so even a same-size rewrite within one
 * clock tick changes it. Stats only: no file is read.
 */
export function folderVersion(dir: string): string {
  const parts = DOCUMENT_FILES.map((name) => {
    const file = path.join(dir, name);
    try {
      const stat = statSync(file, { bigint: true });
      return `${name}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return `${name}:-`;
      throw new CorpusError(file, `cannot be read (${code ?? 'unknown error'})`);
    }
  });
  return hash(parts.join('\n'));
}

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
  version = hash([...next].map(([dir, entry]) => `${dir}\t${entry.version}`).join('\n'));
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
