import { statSync, watch, type FSWatcher } from 'node:fs';
import { listDocumentFolders } from '../corpus';

/** Quiet time after a file-system event before it is announced: a copy or save writes several files in a burst. */
export const SETTLE_MS = 50;

export interface FolderWatch {
  /** Watches the library directories `dirs` and the document folders they hold now (after each sync). */
  refresh(dirs: readonly string[]): void;
  close(): void;
}

const inodeOf = (dir: string): number | undefined => {
  try {
    return statSync(dir).ino;
  } catch {
    return undefined;
  }
};

/**
 * Calls `onChange` once things have settled after any file-system event in a library directory or a document
 * folder. One watch per folder, one level deep, rather than `recursive` (which Node on Linux builds by walking the
 * whole tree); a folder replaced under the same name is watched anew at the next refresh. A
 * folder that cannot be watched (too many watches, a network file system) is left to the indexer's poll.
 */
export function followFolders(onChange: () => void): FolderWatch {
  const watchers = new Map<string, { ino: number; watcher: FSWatcher; renamed: boolean }>();
  let settle: ReturnType<typeof setTimeout> | undefined;
  const announce = () => {
    clearTimeout(settle);
    settle = setTimeout(onChange, SETTLE_MS);
  };
  return {
    refresh(dirs) {
      const wanted = new Map([...dirs, ...dirs.flatMap((dir) => listDocumentFolders(dir))].map((dir) => [dir, inodeOf(dir)]));
      for (const [dir, { ino, watcher, renamed }] of watchers) {
        if (wanted.get(dir) === ino && !renamed) continue;
        watcher.close();
        watchers.delete(dir);
      }
      for (const [dir, ino] of wanted) {
        if (ino === undefined || watchers.has(dir)) continue;
        try {
          const entry = { ino, watcher: watch(dir, { persistent: false }), renamed: false };
          entry.watcher.on('change', (event) => {
            // Something came or went, perhaps the folder itself (whose inode a new one may reuse): watched anew next time.
            if (event === 'rename') entry.renamed = true;
            announce();
          });
          entry.watcher.on('error', () => {
            entry.watcher.close();
            if (watchers.get(dir) === entry) watchers.delete(dir);
          });
          watchers.set(dir, entry);
        } catch {
          // Left to the poll.
        }
      }
    },
    close() {
      clearTimeout(settle);
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
