import type { DocumentAnalysis } from '../analysis';
import type { CorpusDocument } from '../corpus';
import type { SyncResult } from './sync';

/** What the server asks of the indexer's thread. */
export type ToIndexer = { type: 'sync'; id: number } | { type: 'analyze'; id: number; doc: CorpusDocument };

/** What the indexer's thread tells the server. */
export type FromIndexer =
  | { type: 'status'; pending: number; error?: string }
  | { type: 'synced'; id: number; result: SyncResult }
  | { type: 'analysis'; id: number; analysis: DocumentAnalysis }
  | { type: 'failed'; id: number; message: string };
