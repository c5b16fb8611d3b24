import { loadDocument } from './load';
import { corpusDirs, listDocumentFolders } from './version';
import { CorpusError } from './types';
import type { CorpusDocument } from './types';

export { ALIGNMENT_FILE, checkAlignment, formatAlignment, parseAlignment } from './alignment';
export { UNITS_FILE, formatUnits, unitIdsOf } from './units';
export { splitParagraphs } from './paragraphs';
export { loadCorpusFrom, loadDocument, readMeta, readTextFile, validateMeta } from './load';
export { CORPUS_DIR, MAX_SLUG_LENGTH, SLUG, corpusDirs, folderVersion, isSlug, listDocumentFolders } from './version';
export { CorpusError, TRANSLATION_KINDS, UNKNOWN_TRANSLATION } from './types';
export type { CorpusDocument, DocumentKind, DocumentMeta, Lang, SourceUnit, Translation, TranslationKind } from './types';

/**
 * Every document of the library's folders, read and validated now, ordered by date then slug: an immutable
 * snapshot for the commands and tests that work on the whole library at once. The server never loads the library
 * whole: it reads the index (lib/store), which lib/indexer keeps in step with the folders one document at a time.
 * A broken document throws its CorpusError; a slug in two folders is an error too.
 */
export function loadCorpus(dirs: readonly string[] = corpusDirs()): CorpusDocument[] {
  const docs = dirs.flatMap((dir) => listDocumentFolders(dir)).map((dir) => loadDocument(dir));
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.meta.slug)) throw new CorpusError(doc.meta.slug, 'the same slug occurs in two corpus folders');
    seen.add(doc.meta.slug);
  }
  return docs.sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.slug.localeCompare(b.meta.slug));
}
