import path from 'node:path';
import { analyzeDocument, ANALYSIS_VERSION } from '../analysis';
import { CorpusError, folderVersion, listDocumentFolders, loadDocument } from '../corpus';
import type { IndexDatabase } from '../db';
import { forgetFailure, recordFailure, removeDocument, writeDocument } from '../store/write';

/** A document folder as it is on disk now. */
export interface FolderState {
  folder: string;
  slug: string;
  version: string;
}

/** What the index holds of each folder: the version it indexed (and with which analysis), or failed to. */
async function indexedState(index: IndexDatabase) {
  const documents = await index.db.selectFrom('documents').select(['slug', 'folder', 'version', 'analysis']).execute();
  const failures = await index.db.selectFrom('failures').select(['folder', 'version']).execute();
  return { documents, failures: new Map(failures.map((f) => [f.folder, f.version])) };
}

/** The document folders of the library's directories, with their versions from stats (no file read). */
export function foldersOnDisk(dirs: readonly string[]): FolderState[] {
  return dirs
    .flatMap((dir) => listDocumentFolders(dir))
    .map((folder) => ({ folder, slug: path.basename(folder), version: folderVersion(folder) }));
}

/** What must change in the index to match the disk. */
export interface SyncPlan {
  /** Folders added or changed since they were indexed (or since they failed), and those analysed by another version. */
  stale: FolderState[];
  /** Slugs whose folder is gone. */
  removed: string[];
  /** Failed folders that are gone. */
  vanishedFailures: string[];
}

/**
 * Compares the folders on disk with the index. A slug in two folders is indexed from the first directory that
 * holds it (the writable library comes first); the other folder is reported as failed.
 */
export async function planSync(index: IndexDatabase, dirs: readonly string[]): Promise<SyncPlan> {
  const disk = foldersOnDisk(dirs);
  const { documents, failures } = await indexedState(index);
  const bySlug = new Map(documents.map((d) => [d.slug, d]));
  const seen = new Set<string>();
  const stale = disk.filter((state) => {
    const indexed = bySlug.get(state.slug);
    const duplicate = seen.has(state.slug);
    seen.add(state.slug);
    if (duplicate) return failures.get(state.folder) !== state.version;
    const current = indexed?.folder === state.folder && indexed.version === state.version && indexed.analysis === ANALYSIS_VERSION;
    if (current) return false;
    return failures.get(state.folder) !== state.version;
  });
  const folders = new Set(disk.map((d) => d.folder));
  return {
    stale,
    removed: documents
      .filter((d) => !seen.has(d.slug) || !folders.has(d.folder))
      .filter((d) => !stale.some((s) => s.slug === d.slug))
      .map((d) => d.slug),
    vanishedFailures: [...failures.keys()].filter((folder) => !folders.has(folder)),
  };
}

/** Why a folder cannot be indexed, in one line. */
function failureMessage(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  return `cannot be indexed (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Indexes one folder at its version on disk: a folder that does not load (a broken meta.json, say) is recorded as
 * a failure with its one-line reason, and the document's old rows, if any, stay until it is mended. Returns the
 * failure message, or undefined when the document was written.
 */
export async function indexFolder(index: IndexDatabase, state: FolderState, slugTakenBy?: string): Promise<string | undefined> {
  try {
    if (slugTakenBy) throw new CorpusError(state.folder, `the slug "${state.slug}" is already used by ${slugTakenBy}`);
    const doc = loadDocument(state.folder);
    await writeDocument(index, state.folder, state.version, analyzeDocument(doc));
    return undefined;
  } catch (error) {
    const message = failureMessage(error);
    await recordFailure(index, state.folder, state.version, message);
    return message;
  }
}

export interface SyncProgress {
  done: number;
  total: number;
  folder: string;
  /** The failure of this folder, if it failed. */
  failure?: string | undefined;
}

export interface SyncResult {
  indexed: number;
  removed: number;
  failed: string[];
}

/** Brings the index up to date with the folders: stale ones (re)indexed one at a time, gone ones removed. */
export async function syncLibrary(
  index: IndexDatabase,
  dirs: readonly string[],
  onProgress: (progress: SyncProgress) => void = () => {},
): Promise<SyncResult> {
  const plan = await planSync(index, dirs);
  for (const slug of plan.removed) await removeDocument(index, slug);
  for (const folder of plan.vanishedFailures) await forgetFailure(index, folder);
  const firstFolder = new Map<string, string>();
  for (const state of foldersOnDisk(dirs)) if (!firstFolder.has(state.slug)) firstFolder.set(state.slug, state.folder);
  const failed: string[] = [];
  for (const [i, state] of plan.stale.entries()) {
    const owner = firstFolder.get(state.slug);
    const failure = await indexFolder(index, state, owner !== state.folder ? owner : undefined);
    if (failure) failed.push(failure);
    onProgress({ done: i + 1, total: plan.stale.length, folder: state.folder, failure });
  }
  return { indexed: plan.stale.length - failed.length, removed: plan.removed.length, failed };
}
