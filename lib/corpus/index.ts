import path from 'node:path';
import { loadCorpusFrom } from './load';
import { CorpusError } from './types';
import type { CorpusDocument } from './types';

export { splitParagraphs } from './paragraphs';
export { loadCorpusFrom, loadDocument, readMeta, readTextFile } from './load';
export { CorpusError } from './types';
export type { CorpusDocument, DocumentKind, DocumentMeta, Lang } from './types';

/** The project's corpus folder. */
export const CORPUS_DIR = path.join(process.cwd(), 'corpus');

/**
 * Corpus folders to load: `QP_CORPUS` may list several, separated by the platform's path
 * delimiter (the browser tests add a folder of hostile documents this way).
 */
function corpusDirs(): string[] {
  const list = process.env.QP_CORPUS?.split(path.delimiter).filter(Boolean);
  return list && list.length > 0 ? list.map((dir) => path.resolve(dir)) : [CORPUS_DIR];
}

let cached: CorpusDocument[] | undefined;

/** The project's corpus, loaded once per process. */
export function getCorpus(): CorpusDocument[] {
  if (!cached) {
    const docs = corpusDirs().flatMap((dir) => loadCorpusFrom(dir));
    const seen = new Set<string>();
    for (const doc of docs) {
      if (seen.has(doc.meta.slug)) throw new CorpusError(doc.meta.slug, 'the same slug occurs in two corpus folders');
      seen.add(doc.meta.slug);
    }
    cached = docs.sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.slug.localeCompare(b.meta.slug));
  }
  return cached;
}

export function getDocument(slug: string): CorpusDocument | undefined {
  return getCorpus().find((doc) => doc.meta.slug === slug);
}
