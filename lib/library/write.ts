// fs through its default export, not named imports: the tests replace one call to inject a failure half-way.
import fs from 'node:fs';
import path from 'node:path';
import type { Bead } from '../align';
import {
  ALIGNMENT_FILE,
  UNITS_FILE,
  checkAlignment,
  corpusDirs,
  folderVersion,
  formatAlignment,
  formatUnits,
  loadDocument,
  splitParagraphs,
  validateMeta,
  type DocumentMeta,
  type Lang,
  type SourceUnit,
} from '../corpus';
import { LibraryError, StaleVersionError } from './errors';
import { withLibraryLock } from './lock';

/** A document to write: its metadata (languages follow from the texts given) and paragraphs. */
export interface NewDocument {
  meta: Omit<DocumentMeta, 'languages'>;
  /** Chinese paragraphs, or null for a document without Chinese. */
  zh: readonly string[] | null;
  /** English paragraphs, or null for a document without English. */
  en: readonly string[] | null;
  /** Beads to save as alignment.tsv (a bilingual file's units, origin "file"); none by default. */
  alignment?: readonly Bead[] | undefined;
  /** The units of the bilingual file the document comes from, to save as units.tsv; none by default. */
  units?: readonly SourceUnit[] | undefined;
}

export interface WriteOptions {
  /** Replace a document of the same slug in the writable library instead of refusing. Default false. */
  replace?: boolean | undefined;
}

/** The writable library: the first folder of QP_CORPUS, or corpus/. */
export function libraryDir(): string {
  const [first] = corpusDirs();
  if (first === undefined) throw new Error('corpusDirs() returned no folder');
  return first;
}

/** The corpus folder holding a document folder named `slug`, if any. */
function holderOf(slug: string): string | undefined {
  return corpusDirs().find((dir) => fs.existsSync(path.join(dir, slug)));
}

/** Whether any corpus folder already has a document folder named `slug`. */
export function isSlugTaken(slug: string): boolean {
  return holderOf(slug) !== undefined;
}

/**
 * A paragraph as it will read back from a text file: lines that are blank by the corpus's rule are
 * dropped (they would split it in two) and the whole is trimmed.
 */
export function normalizeParagraph(paragraph: string): string {
  return splitParagraphs(paragraph).join('\n');
}

function textFile(paragraphs: readonly string[], file: string): string {
  const text = `${paragraphs.join('\n\n')}\n`;
  const back = splitParagraphs(text);
  if (back.length !== paragraphs.length || back.some((p, i) => p !== paragraphs[i])) {
    throw new Error(`${file}: paragraphs must be non-empty and hold no blank line (use normalizeParagraph)`);
  }
  return text;
}

/** Writes a file and flushes it to disk, so a rename that publishes it never publishes an empty file. */
function writeDurably(file: string, data: string): void {
  fs.writeFileSync(file, data);
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `file` atomically: the data goes into a hidden temporary file beside it, flushed to disk,
 * then renamed over it, so a reader sees the old file or the new one, never half of one. On any error
 * the temporary file is removed.
 */
export function writeFileAtomically(file: string, data: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeDurably(temporary, data);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Writes a document folder into the writable library atomically: the files go into a hidden staging
 * folder beside it (the loader skips hidden folders), the folder is loaded back through lib/corpus,
 * then renamed into place. Any error removes the staging folder, so nothing is left behind.
 * With `replace`, an existing folder of that slug is moved aside and removed once the new one is
 * in place (two renames: a reader may miss the document between them, never see half of it).
 * Returns the document's folder.
 */
export function writeDocument(doc: NewDocument, options: WriteOptions = {}): string {
  const library = libraryDir();
  const { slug } = doc.meta;
  const target = path.join(library, slug);
  const languages: Lang[] = [...(doc.zh ? (['zh'] as const) : []), ...(doc.en ? (['en'] as const) : [])];
  const meta = validateMeta({ ...doc.meta, languages }, path.join(target, 'meta.json'));
  const files = new Map<string, string>([['meta.json', `${JSON.stringify(meta, null, 2)}\n`]]);
  if (doc.zh) files.set('zh.txt', textFile(doc.zh, path.join(target, 'zh.txt')));
  if (doc.en) files.set('en.txt', textFile(doc.en, path.join(target, 'en.txt')));
  if (doc.alignment) {
    const file = path.join(target, ALIGNMENT_FILE);
    if (!doc.zh || !doc.en) throw new LibraryError('not-bilingual', `${file}: an alignment needs both texts`);
    checkAlignment(
      doc.alignment,
      { zh: doc.zh.length, en: doc.en.length },
      file,
      doc.alignment.map((_, k) => k + 2),
    );
    files.set(ALIGNMENT_FILE, formatAlignment(doc.alignment));
  }
  if (doc.units) files.set(UNITS_FILE, formatUnits(doc.units));

  return withLibraryLock(library, () => {
    const holder = holderOf(slug);
    if (holder !== undefined && !(options.replace && holder === library)) {
      const where = holder === library ? '' : ` in ${holder}, which is not the writable library`;
      throw new LibraryError('slug-taken', `slug "${slug}" is already taken${where}`);
    }

    const staging = fs.mkdtempSync(path.join(library, '.write-'));
    try {
      const fresh = path.join(staging, slug);
      fs.mkdirSync(fresh);
      for (const [name, data] of files) writeDurably(path.join(fresh, name), data);
      loadDocument(fresh);
      if (holder === undefined) {
        fs.renameSync(fresh, target);
      } else {
        const previous = path.join(staging, '.previous');
        fs.renameSync(target, previous);
        try {
          fs.renameSync(fresh, target);
        } catch (error) {
          fs.renameSync(previous, target);
          throw error;
        }
      }
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    return target;
  });
}

/** The folder of document `slug` in the writable library; documents elsewhere are read-only. */
function writableFolder(slug: string): string {
  const holder = holderOf(slug);
  if (holder === undefined) throw new LibraryError('not-found', `no document "${slug}"`);
  if (holder !== libraryDir())
    throw new LibraryError('read-only', `${path.join(holder, slug)}: not in the writable library ${libraryDir()}`);
  return path.join(holder, slug);
}

function checkVersion(slug: string, dir: string, expectedVersion: string): void {
  const actual = folderVersion(dir);
  if (actual !== expectedVersion) throw new StaleVersionError(slug, expectedVersion, actual);
}

/**
 * The origin of each bead a person saves from the editor: a bead left as the bilingual file gave it keeps
 * origin "file" (saving claims nothing about the rows the person did not touch, and the file's claim
 * stands); every other bead — changed, or the aligner's, which the editor showed for checking — is "person".
 */
function savedOrigins(beads: readonly Bead[], current: readonly Bead[] | undefined): Bead[] {
  const key = (bead: Bead) => `${bead.zh.join(',')}\t${bead.en.join(',')}`;
  const givenByFile = new Set((current ?? []).filter((bead) => bead.origin === 'file').map(key));
  return beads.map((bead) => ({ ...bead, origin: givenByFile.has(key(bead)) ? 'file' : 'person' }));
}

/**
 * Saves a person's beads as the document's alignment.tsv, atomically (a temporary file renamed over
 * it), with their origins (savedOrigins). `expectedVersion` is the documentVersion the edit started from: if the document changed since,
 * a StaleVersionError is thrown and nothing is written. Beads that do not cover every paragraph once,
 * in order, throw a CorpusError naming the line each would have had. Everything here is synchronous,
 * so two saves in one server process cannot interleave, and it runs under the library's lock, so neither
 * can a save and a write of another process (the CLI). Returns the document's new version.
 */
export function saveAlignment(slug: string, beads: readonly Bead[], expectedVersion: string): string {
  const dir = writableFolder(slug);
  return withLibraryLock(libraryDir(), () => saveAlignmentLocked(slug, dir, beads, expectedVersion));
}

function saveAlignmentLocked(slug: string, dir: string, beads: readonly Bead[], expectedVersion: string): string {
  checkVersion(slug, dir, expectedVersion);
  const file = path.join(dir, ALIGNMENT_FILE);
  const doc = loadDocument(dir);
  if (!doc.zh || !doc.en) throw new LibraryError('not-bilingual', `${file}: an alignment needs both zh.txt and en.txt`);
  // Line k + 2: the header comes first.
  checkAlignment(
    beads,
    { zh: doc.zh.length, en: doc.en.length },
    file,
    beads.map((_, k) => k + 2),
  );
  writeFileAtomically(file, formatAlignment(savedOrigins(beads, doc.alignment)));
  return folderVersion(dir);
}

/** Removes the document's alignment.tsv (back to the automatic alignment), with the same version check. Returns the new version. */
export function removeAlignment(slug: string, expectedVersion: string): string {
  const dir = writableFolder(slug);
  return withLibraryLock(libraryDir(), () => {
    checkVersion(slug, dir, expectedVersion);
    fs.rmSync(path.join(dir, ALIGNMENT_FILE), { force: true });
    return folderVersion(dir);
  });
}
