import path from 'node:path';
import { loadCorpusFrom } from './load';
import type { CorpusDocument } from './types';

export { splitParagraphs } from './paragraphs';
export { loadCorpusFrom, loadDocument, readMeta, readTextFile } from './load';
export { CorpusError } from './types';
export type { CorpusDocument, DocumentKind, DocumentMeta, Lang } from './types';

/** The project's corpus folder. */
export const CORPUS_DIR = path.join(process.cwd(), 'corpus');

let cached: CorpusDocument[] | undefined;

/** The project's corpus, loaded once per process. */
export function getCorpus(): CorpusDocument[] {
  cached ??= loadCorpusFrom(CORPUS_DIR);
  return cached;
}

export function getDocument(slug: string): CorpusDocument | undefined {
  return getCorpus().find((doc) => doc.meta.slug === slug);
}
