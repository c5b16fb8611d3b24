import fs from 'node:fs';
import path from 'node:path';
import { LibraryError } from './errors';

/** Held in the library folder while a process writes to it; a file, so the loader never takes it for a document. */
export const LOCK_FILE = '.write.lock';

/**
 * A lock older than this was left by a process that died while writing: a write takes milliseconds
 * (the costly alignment of an import is done before the lock is taken).
 */
export const STALE_LOCK_MS = 30_000;

/**
 * Runs `write` while holding the library's lock file, so writes of two processes (the server and the
 * import CLI) never interleave: a version checked under the lock is still the version when the write
 * lands. A lock held by another process refuses the write at once with a LibraryError ('busy') naming the
 * file, rather than blocking the server; a stale one is taken over.
 */
export function withLibraryLock<T>(library: string, write: () => T): T {
  fs.mkdirSync(library, { recursive: true });
  const file = path.join(library, LOCK_FILE);
  const busy = () => new LibraryError('busy', `${file}: another process is writing to the library; try again in a moment`);
  if (!take(file)) {
    if (!isStale(file)) throw busy();
    fs.rmSync(file, { force: true });
    if (!take(file)) throw busy();
  }
  try {
    return write();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Creates the lock file if no one holds it; false when it exists. */
function take(file: string): boolean {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Whether the lock file is older than STALE_LOCK_MS, or already gone. */
function isStale(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > STALE_LOCK_MS;
  } catch {
    return true;
  }
}
