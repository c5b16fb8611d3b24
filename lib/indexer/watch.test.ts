import { appendFileSync, cpSync, mkdtempSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followFolders, type FolderWatch } from './watch';

const A = 'qiushi-2024-14-contents';
/** Longer than any settle: an event that does not come within it is taken as missed. */
const WAIT_MS = 2000;

let root: string;
let library: string;
let changes: number;
let folders: FolderWatch;
let wakeUp: (() => void) | undefined;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-watch-'));
  library = path.join(root, 'library');
  mkdirSync(library);
  cpSync(`corpus/${A}`, path.join(library, A), { recursive: true });
  changes = 0;
  folders = followFolders(() => {
    changes++;
    wakeUp?.();
  });
  folders.refresh([library]);
});
afterEach(() => {
  folders.close();
  rmSync(root, { recursive: true, force: true });
});

/** Resolves with whether a change was announced within WAIT_MS of `act`. */
async function announced(act: () => void): Promise<boolean> {
  const before = changes;
  const woken = new Promise<void>((resolve) => (wakeUp = resolve));
  act();
  await Promise.race([woken, new Promise((resolve) => setTimeout(resolve, WAIT_MS))]);
  wakeUp = undefined;
  return changes > before;
}

describe('followFolders', () => {
  it('announces a file changed inside a document folder', async () => {
    expect(await announced(() => appendFileSync(path.join(library, A, 'en.txt'), '\nOne more paragraph.\n'))).toBe(true);
  });

  it('announces a folder renamed into the library, and then a change inside it once refreshed', async () => {
    const staging = path.join(root, 'staging');
    cpSync(`corpus/${A}`, staging, { recursive: true });
    expect(await announced(() => renameSync(staging, path.join(library, 'added')))).toBe(true);
    folders.refresh([library]);
    expect(await announced(() => appendFileSync(path.join(library, 'added', 'zh.txt'), '\n再加一段。\n'))).toBe(true);
  });

  it('watches a folder replaced under the same name', async () => {
    expect(await announced(() => rmSync(path.join(library, A), { recursive: true }))).toBe(true);
    expect(await announced(() => cpSync(`corpus/${A}`, path.join(library, A), { recursive: true }))).toBe(true);
    folders.refresh([library]);
    expect(await announced(() => appendFileSync(path.join(library, A, 'en.txt'), '\nOne more paragraph.\n'))).toBe(true);
  });

  it('announces a burst of writes once', async () => {
    expect(
      await announced(() => {
        for (let i = 0; i < 5; i++) appendFileSync(path.join(library, A, 'en.txt'), `\nParagraph ${i}.\n`);
      }),
    ).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(changes).toBe(1);
  });

  it('announces nothing when nothing changes', async () => {
    expect(await announced(() => {})).toBe(false);
  });
});
