// Versions read from the disk with stats only (no file is read, no document parsed): cheap enough for the
// indexer to look at every folder every second (lib/indexer).
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ALIGNMENT_FILE } from './alignment';
import { UNITS_FILE } from './units';
import { CorpusError } from './types';

/** The project's corpus folder. */
export const CORPUS_DIR = path.join(process.cwd(), 'corpus');

/** The files whose change makes a document change. */
const DOCUMENT_FILES = ['meta.json', 'zh.txt', 'en.txt', ALIGNMENT_FILE, UNITS_FILE] as const;

/** What a document folder is called: its slug (lib/corpus/load checks that meta.json agrees). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug: well past any made from a title (lib/library's MAX_SLUG_LENGTH), well short of a file name's limit. */
export const MAX_SLUG_LENGTH = 120;

/** Whether `text` can name a document: a slug no longer than MAX_SLUG_LENGTH. */
export const isSlug = (text: string): boolean => text.length <= MAX_SLUG_LENGTH && SLUG.test(text);

/**
 * Corpus folders to load: `QP_CORPUS` may list several, separated by the platform's path
 * delimiter (the browser tests add a folder of hostile documents this way). The first is the
 * writable library.
 */
export function corpusDirs(): string[] {
  const list = process.env.QP_CORPUS?.split(path.delimiter).filter(Boolean);
  return list && list.length > 0 ? list.map((dir) => path.resolve(dir)) : [CORPUS_DIR];
}

const versionHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';

/**
 * A document folder's version as it is on disk now: a hash of the inode, size and change times of
 * its files. Atomic writes replace a file by another inode, so even a same-size rewrite within one
 * clock tick changes it.
 */
export function folderVersion(dir: string): string {
  const parts = DOCUMENT_FILES.map((name) => {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    try {
      const stat = statSync(/*turbopackIgnore: true*/ file, { bigint: true });
      return `${name}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return `${name}:-`;
      throw new CorpusError(file, `cannot be read (${errorCode(error)})`);
    }
  });
  return versionHash(parts.join('\n'));
}

/** The document folders of a corpus directory (hidden ones, such as a write in progress, skipped), sorted. */
export function listDocumentFolders(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (error) {
    throw new CorpusError(root, `corpus folder cannot be read (${errorCode(error)})`);
  }
  const isDocumentFolder = (name: string) => {
    if (name.startsWith('.')) return false;
    try {
      return statSync(path.join(root, name)).isDirectory();
    } catch (error) {
      throw new CorpusError(path.join(root, name), `cannot be read (${errorCode(error)})`);
    }
  };
  return names
    .filter(isDocumentFolder)
    .sort()
    .map((name) => path.join(root, name));
}
