// The indexer's thread: keeps the library index in step with the folders, off the request path. Import previews
// are analysed elsewhere (analysis-worker.ts), in a thread of their own that exits when done, so their memory
// goes with it.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../analysis';
import { corpusDirs, listDocumentFolders, UNKNOWN_TRANSLATION } from '../corpus';
import { openLibraryIndex } from '../store';
import { lowerPriority } from './priority';
import { syncLibrary } from './sync';
import type { FromIndexer, ToIndexer } from './protocol';

/**
 * How often the folders are looked at (stats only) when no change was announced: file-system events (fs.watch
 * on each library directory and document folder) wake the indexer at once, and this catches what they miss
 * (network file systems, a watch that could not be set).
 */
export const POLL_INTERVAL_MS = 10_000;

/** Quiet time after a file-system event before syncing: a copy or save writes several files in a burst. */
export const SETTLE_MS = 50;

const port = parentPort;
if (!port) throw new Error('lib/indexer/worker runs as a worker thread');
const send = (message: FromIndexer) => port.postMessage(message);

lowerPriority();
const index = await openLibraryIndex();
let syncRequested: number[] = [];
let changed = false;
let wake: (() => void) | undefined;

port.on('message', (message: ToIndexer) => {
  syncRequested.push(message.id);
  wake?.();
});

// ---------------------------------------------------------------- watching

/** Watches by folder, with the folder's inode: a folder replaced under the same name (removed, copied again) is watched anew. */
const watchers = new Map<string, { ino: number; watcher: FSWatcher }>();
let settle: ReturnType<typeof setTimeout> | undefined;

function announce(): void {
  clearTimeout(settle);
  settle = setTimeout(() => {
    changed = true;
    wake?.();
  }, SETTLE_MS);
}

const inodeOf = (dir: string): number | undefined => {
  try {
    return statSync(dir).ino;
  } catch {
    return undefined;
  }
};

/**
 * Watches each library directory and each document folder in it: one level deep, so one watch each rather than
 * `recursive` (which Node on Linux builds by walking the whole tree).
 */
function watchFolders(): void {
  const dirs = corpusDirs();
  const wanted = new Map([...dirs, ...dirs.flatMap((dir) => listDocumentFolders(dir))].map((dir) => [dir, inodeOf(dir)]));
  for (const [dir, { ino, watcher }] of watchers) {
    if (wanted.get(dir) === ino) continue;
    watcher.close();
    watchers.delete(dir);
  }
  for (const [dir, ino] of wanted) {
    if (ino === undefined || watchers.has(dir)) continue;
    try {
      const watcher = watch(dir, { persistent: false }, announce);
      // A folder removed or a watch lost: the poll still sees it.
      watcher.on('error', () => {
        watcher.close();
        if (watchers.get(dir)?.watcher === watcher) watchers.delete(dir);
      });
      watchers.set(dir, { ino, watcher });
    } catch {
      // No watch here (too many watches, a folder just removed): the poll covers it.
    }
  }
}

// ---------------------------------------------------------------- syncing

async function sync(): Promise<void> {
  const waiting = syncRequested;
  syncRequested = [];
  changed = false;
  try {
    const result = await syncLibrary(index, corpusDirs(), ({ done, total }) => send({ type: 'status', pending: total - done }));
    for (const id of waiting) send({ type: 'synced', id, result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'status', pending: 0, error: message });
    for (const id of waiting) send({ type: 'failed', id, message });
  }
  watchFolders();
}

/**
 * Loads the segmenter, dictionaries and glossary once, after the first sync: otherwise the first folder changed
 * by hand would wait for them (about a second) before it is indexed.
 */
function warmUp(): void {
  analyzeDocument({
    meta: {
      slug: 'warm-up',
      title: { en: 'Warm-up' },
      author: {},
      publication: '',
      date: '2000-01-01',
      source: '',
      languages: ['zh', 'en'],
      translation: UNKNOWN_TRANSLATION,
    },
    kind: 'bilingual',
    zh: ['建设网络强国。'],
    en: ['Build China into a cyber power.'],
  });
}

await sync();
warmUp();
for (;;) {
  if (syncRequested.length === 0 && !changed) {
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, POLL_INTERVAL_MS);
    });
    wake = undefined;
  }
  await sync();
}
