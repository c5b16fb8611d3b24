// The indexer's thread: keeps the library index in step with the folders, and does the heavy work a request
// asks for (an import preview's analysis), so that no request thread of the server ever aligns or segments.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../analysis';
import { corpusDirs, type CorpusDocument } from '../corpus';
import { openLibraryIndex } from '../store';
import { syncLibrary } from './sync';
import type { FromIndexer, ToIndexer } from './protocol';

/** How often the folders are looked at (stats only) for documents added, changed or removed by any means. */
export const POLL_INTERVAL_MS = 1000;

const port = parentPort;
if (!port) throw new Error('lib/indexer/worker runs as a worker thread');
const send = (message: FromIndexer) => port.postMessage(message);

const index = await openLibraryIndex();
const analyses: Array<{ id: number; doc: CorpusDocument }> = [];
let syncRequested: number[] = [];
let wake: (() => void) | undefined;

port.on('message', (message: ToIndexer) => {
  if (message.type === 'analyze') analyses.push({ id: message.id, doc: message.doc });
  else syncRequested.push(message.id);
  wake?.();
});

/** Runs one sync; between documents, pending analyses go first, so a preview waits for at most one document. */
async function sync(): Promise<void> {
  const waiting = syncRequested;
  syncRequested = [];
  try {
    const result = await syncLibrary(index, corpusDirs(), ({ done, total }) => {
      send({ type: 'status', pending: total - done });
      runAnalyses();
    });
    for (const id of waiting) send({ type: 'synced', id, result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'status', pending: 0, error: message });
    for (const id of waiting) send({ type: 'failed', id, message });
  }
}

function runAnalyses(): void {
  for (let job = analyses.shift(); job; job = analyses.shift()) {
    try {
      send({ type: 'analysis', id: job.id, analysis: analyzeDocument(job.doc) });
    } catch (error) {
      send({ type: 'failed', id: job.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
}

for (;;) {
  runAnalyses();
  await sync();
  runAnalyses();
  if (syncRequested.length === 0 && analyses.length === 0) {
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, POLL_INTERVAL_MS);
    });
    wake = undefined;
  }
}
