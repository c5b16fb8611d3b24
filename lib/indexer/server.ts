import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from '../analysis';
import type { CorpusDocument } from '../corpus';
import type { FromIndexer, ToIndexer } from './protocol';
import type { SyncResult } from './sync';

/** What the library page says while the index catches up with the folders. */
export interface IndexerStatus {
  /** Documents found on disk that are not indexed yet. */
  pending: number;
  /** Why the last sync failed, if it did. */
  error?: string | undefined;
}

export interface BackgroundIndexer {
  /** Indexes what changed on disk now (after a write), resolving once the index holds it. */
  syncNow(): Promise<SyncResult>;
  /** Analyses a document that is not in the library (an import preview), off the request thread, one at a time. */
  analyze(doc: CorpusDocument): Promise<DocumentAnalysis>;
  status(): IndexerStatus;
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

function startIndexer(): BackgroundIndexer {
  const worker = new Worker(new URL('./worker.ts', import.meta.url));
  let status: IndexerStatus = { pending: 0 };
  let nextId = 1;
  const waiting = new Map<number, Pending>();
  worker.on('message', (message: FromIndexer) => {
    if (message.type === 'status') {
      status = { pending: message.pending, error: message.error };
      return;
    }
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'failed') request?.reject(new Error(message.message));
    else request?.resolve(message.result as never);
  });
  worker.on('error', (error) => {
    status = { pending: status.pending, error: error.message };
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  });
  // The server may exit while the indexer sleeps.
  worker.unref();
  const ask = <T>(message: Omit<ToIndexer, 'id'>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ ...message, id });
    });
  // One analysis at a time: each thread holds a few hundred MB while it runs.
  let analyses: Promise<unknown> = Promise.resolve();
  const analyze = (doc: CorpusDocument): Promise<DocumentAnalysis> => {
    const run = analyses.then(() => analyzeInThread(doc));
    analyses = run.catch(() => undefined);
    return run;
  };
  return { syncNow: () => ask<SyncResult>({ type: 'sync' }), analyze, status: () => status };
}

/** Analyses a document in a thread of its own, which exits when done and takes its memory with it. */
function analyzeInThread(doc: CorpusDocument): Promise<DocumentAnalysis> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData: doc });
    worker.once('message', (analysis: DocumentAnalysis) => resolve(analysis));
    worker.once('error', reject);
    // Settles nothing once the analysis has come: it only catches a thread that died without a word.
    worker.once('exit', (code) => reject(new Error(`the analysis thread exited with code ${code}`)));
  });
}

/** The server's one indexer thread, on globalThis: Next may load this module once per route bundle. */
const INDEXER = Symbol.for('qiushi-parallel.indexer');
const shared = globalThis as { [INDEXER]?: BackgroundIndexer };

/** Starts the indexer thread on first use: it indexes what the index lacks at once, then follows the folders. */
export function backgroundIndexer(): BackgroundIndexer {
  shared[INDEXER] ??= startIndexer();
  return shared[INDEXER];
}
