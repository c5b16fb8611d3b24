// The indexer's thread: keeps the library index in step with the folders, off the request path. Import previews
// are analysed elsewhere (analysis-worker.ts), in a thread of their own that exits when done, so their memory
// goes with it.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../analysis';
import { corpusDirs, UNKNOWN_TRANSLATION } from '../corpus';
import { openLibraryIndex } from '../store';
import { lowerPriority } from './priority';
import { syncLibrary } from './sync';
import { followFolders } from './watch';
import type { FromIndexer, ToIndexer } from './protocol';

/**
 * How often the folders are looked at (stats only) when no change was announced: file-system events (fs.watch
 * on each library directory and document folder) wake the indexer at once, and this catches what they miss
 * (network file systems, a watch that could not be set).
 */
export const POLL_INTERVAL_MS = 10_000;

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

// Folder events wake the indexer at once (after SETTLE_MS); the poll is the fallback.
const folders = followFolders(() => {
  changed = true;
  wake?.();
});

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
  folders.refresh(corpusDirs());
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
