import type { SyncResult } from './sync';

/** What the server asks of the indexer's thread: index what changed on disk now. */
export type ToIndexer = { type: 'sync'; id: number };

/** What the indexer's thread tells the server. */
export type FromIndexer =
  | { type: 'status'; pending: number; error?: string }
  | { type: 'synced'; id: number; result: SyncResult }
  | { type: 'failed'; id: number; message: string };
