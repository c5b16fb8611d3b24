import fs from 'node:fs';
import path from 'node:path';
import { libraryDir, withLibraryLock, writeFileAtomically } from '../library';
import {
  getGlossary,
  GlossaryError,
  parseGlossaryCsv,
  parseGlossaryTbx,
  selectGlossary,
  type GlossaryEntry,
  type GlossarySource,
} from '../glossary';

/** The uploaded glossary is kept in the writable library under this name, with the extension of its format. */
export const USER_GLOSSARY_NAME = 'user-glossary';
/** Formats an upload may have, by extension (TBX also as .xml, as some tools save it). */
const FORMATS = { '.csv': parseGlossaryCsv, '.tbx': parseGlossaryTbx, '.xml': parseGlossaryTbx } as const;
type Extension = keyof typeof FORMATS;
/** Where it is stored: .xml uploads are stored as .tbx, so there are two possible files at most. */
const STORED_EXTENSIONS = ['.csv', '.tbx'] as const;

export interface UserGlossary {
  /** The stored file, in the library. */
  file: string;
  entries: GlossaryEntry[];
}

const isExtension = (value: string): value is Extension => Object.hasOwn(FORMATS, value);

/** The stored user glossary file, if any (the newest when, after a crash, both formats are there). */
function storedFile(): string | undefined {
  const dir = libraryDir();
  const files = STORED_EXTENSIONS.map((ext) => path.join(dir, `${USER_GLOSSARY_NAME}${ext}`)).flatMap((file) => {
    try {
      return [{ file, mtime: fs.statSync(file).mtimeMs }];
    } catch {
      return [];
    }
  });
  return files.sort((a, b) => b.mtime - a.mtime)[0]?.file;
}

/** The last file read, by a stamp of its inode, size and time: the same file gives the same entries array, so per-glossary caches hold. */
let cached: { stamp: string; glossary: UserGlossary } | undefined;

/**
 * The uploaded glossary, read from the library and checked against the project's (pinyin and category of
 * known terms); undefined when there is none. A file that no longer parses (edited by hand) throws its GlossaryError.
 */
export function getUserGlossary(): UserGlossary | undefined {
  const file = storedFile();
  if (!file) return undefined;
  const stat = fs.statSync(file, { bigint: true });
  const stamp = `${file}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  if (cached?.stamp !== stamp) {
    const parse = FORMATS[path.extname(file) as Extension];
    cached = { stamp, glossary: { file, entries: parse(fs.readFileSync(file, 'utf8'), path.basename(file), getGlossary()) } };
  }
  return cached.glossary;
}

/**
 * Names the stored user glossary as it is now (its inode, size and time), for paths of pages rendered under it: a
 * new upload gives a new name. Undefined when none is stored.
 */
export function userGlossaryStamp(): string | undefined {
  const file = storedFile();
  if (!file) return undefined;
  const stat = fs.statSync(file, { bigint: true });
  return `${stat.ino}-${stat.size}-${stat.mtimeNs}`;
}

/** Whether an entry is the uploaded glossary's own (an entry of the project's is the very object getGlossary holds). */
export function isUserEntry(entry: GlossaryEntry): boolean {
  return getUserGlossary()?.entries.includes(entry) ?? false;
}

/** The glossary notes follow for a reader's choice; the project's when nothing was uploaded. */
export function chosenGlossary(source: GlossarySource): readonly GlossaryEntry[] {
  return selectGlossary(source, getUserGlossary()?.entries);
}

/**
 * Checks an uploaded term list and stores it in the library, replacing any earlier one: all or nothing.
 * The text is parsed first (a GlossaryError names the upload's line and column), then written beside its
 * place and renamed over it, so a reader never sees half a file. Returns the stored glossary.
 */
export function saveUserGlossary(fileName: string, text: string): UserGlossary {
  const extension = path.extname(fileName).toLowerCase();
  if (!isExtension(extension)) throw new GlossaryError(path.basename(fileName), `unknown format "${extension}": expected .csv or .tbx`);
  const entries = FORMATS[extension](text, path.basename(fileName), getGlossary());
  const dir = libraryDir();
  const target = path.join(dir, `${USER_GLOSSARY_NAME}${extension === '.csv' ? '.csv' : '.tbx'}`);
  // Under the library's lock, as every write: the server and the CLI never write at once.
  withLibraryLock(dir, () => {
    writeFileAtomically(target, text);
    // The other format's file, from an earlier upload, would otherwise shadow nothing but confuse a reader of the folder.
    for (const ext of STORED_EXTENSIONS) {
      const other = path.join(dir, `${USER_GLOSSARY_NAME}${ext}`);
      if (other !== target) fs.rmSync(other, { force: true });
    }
  });
  return { file: target, entries };
}

/** Removes the uploaded glossary; notes follow the project's again. */
export function removeUserGlossary(): void {
  const dir = libraryDir();
  withLibraryLock(dir, () => {
    for (const ext of STORED_EXTENSIONS) fs.rmSync(path.join(dir, `${USER_GLOSSARY_NAME}${ext}`), { force: true });
  });
}
