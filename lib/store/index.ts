import path from 'node:path';
import { corpusDirs } from '../corpus';
import { INDEX_FILE, openIndex, type IndexDatabase } from '../db';

export type { IndexDatabase } from '../db';
export {
  beadContexts,
  evidenceByDocument,
  bilingualDocuments,
  bilingualDocumentsOf,
  renderingsByDocument,
  beadEnglish,
  beadSentences,
  paragraphTexts,
  phraseFrequencies,
  termCounts,
  documentCount,
  documentList,
  documentMetas,
  documentVersion,
  indexFailures,
  indexedDocument,
  libraryPage,
  libraryVersion,
  renderingCounts,
  renderingsByTranslation,
  searchSource,
  termEvidence,
  termOccurrences,
  indexedNotes,
  noteTally,
  reportDocuments,
  reportTotals,
} from './read';
export type { BeadContext, IndexedDocument, LibraryRow, NoteTally, ReportDocumentRow } from './read';
export { LIBRARY_VERSION, recordFailure, removeDocument, writeDocument } from './write';

/**
 * Where the library's index is: PostgreSQL at DATABASE_URL when set, else the SQLite file QP_INDEX, by default
 * `.index/library.sqlite` inside the writable library (the first QP_CORPUS folder).
 */
export function indexLocation(): { url: string | undefined; file: string } {
  // Chosen at run time: the build must not trace the library into its output.
  const file = process.env.QP_INDEX
    ? path.resolve(/*turbopackIgnore: true*/ process.env.QP_INDEX)
    : path.join(/*turbopackIgnore: true*/ corpusDirs()[0] ?? 'corpus', INDEX_FILE);
  return { url: process.env.DATABASE_URL || undefined, file };
}

/** Opens the library's index (see indexLocation); the caller closes it. */
export function openLibraryIndex(): Promise<IndexDatabase> {
  return openIndex(indexLocation());
}

/**
 * The server's one handle on the index, kept on globalThis: Next bundles each route separately, so one process
 * may hold several copies of this module, and they should share one connection (pool).
 */
const HANDLE = Symbol.for('qiushi-parallel.library-index');
const shared = globalThis as { [HANDLE]?: Promise<IndexDatabase> };

export function libraryIndex(): Promise<IndexDatabase> {
  shared[HANDLE] ??= openLibraryIndex();
  return shared[HANDLE];
}
