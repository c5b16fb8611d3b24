import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempIndex } from '../../tests/unit/temp-index';
import type { IndexDatabase } from '../db';
import { documentVersion, indexedDocument, indexFailures, libraryVersion } from '../store';
import { planSync, syncLibrary } from './sync';

const A = 'qiushi-2024-14-contents';
const B = 'network-governance-rule-of-law-2024-10';

let root: string;
let library: string;
let index: IndexDatabase;

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-sync-'));
  library = path.join(root, 'library');
  mkdirSync(library);
  cpSync(`corpus/${A}`, path.join(library, A), { recursive: true });
  index = await openTempIndex(root);
  await syncLibrary(index, [library]);
});
afterEach(async () => {
  await index.close();
  rmSync(root, { recursive: true, force: true });
});

const rowsOf = async (slug: string) => JSON.stringify(await indexedDocument(index, slug));

describe('syncLibrary', () => {
  it('indexes a document added to the folders, leaving the indexed one untouched', async () => {
    const before = await rowsOf(A);
    cpSync(`corpus/${B}`, path.join(library, B), { recursive: true });
    expect((await planSync(index, [library])).stale.map((s) => s.slug)).toEqual([B]);
    const result = await syncLibrary(index, [library]);
    expect(result).toEqual({ indexed: 1, removed: 0, failed: [] });
    expect((await indexedDocument(index, B))?.meta.slug).toBe(B);
    expect(await rowsOf(A)).toBe(before);
  });

  it('re-indexes a document whose text changed, under a new version and library version', async () => {
    const [version, library0] = [await documentVersion(index, A), await libraryVersion(index)];
    const file = path.join(library, A, 'en.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA paragraph added by hand.\n`);
    await syncLibrary(index, [library]);
    expect(await documentVersion(index, A)).not.toBe(version);
    expect(await libraryVersion(index)).not.toBe(library0);
    expect((await indexedDocument(index, A))?.en?.at(-1)).toBe('A paragraph added by hand.');
  });

  it('re-analyses a document whose rows another analysis version derived, though its folder did not change', async () => {
    const current = await documentVersion(index, A);
    await index.db.updateTable('documents').set({ analysis: 'older' }).where('slug', '=', A).execute();
    // Its pages are cached by another version meanwhile, so no page rendered from the older rows is served as current.
    expect(await documentVersion(index, A)).not.toBe(current);
    expect((await planSync(index, [library])).stale.map((s) => s.slug)).toEqual([A]);
    expect(await syncLibrary(index, [library])).toEqual({ indexed: 1, removed: 0, failed: [] });
    expect(await planSync(index, [library])).toEqual({ stale: [], removed: [], vanishedFailures: [] });
    expect(await documentVersion(index, A)).toBe(current);
  });

  it('removes a document whose folder is gone', async () => {
    rmSync(path.join(library, A), { recursive: true });
    expect(await syncLibrary(index, [library])).toEqual({ indexed: 0, removed: 1, failed: [] });
    expect(await indexedDocument(index, A)).toBeUndefined();
  });

  it('finds nothing to do while nothing changes, and skips a hidden folder such as a write in progress', async () => {
    mkdirSync(path.join(library, '.staging-x'));
    expect(await planSync(index, [library])).toEqual({ stale: [], removed: [], vanishedFailures: [] });
  });

  it('records a folder that does not load with its one-line reason, keeps the old rows, and clears it once mended', async () => {
    const meta = path.join(library, A, 'meta.json');
    const good = readFileSync(meta, 'utf8');
    writeFileSync(meta, good.replace(/"date": "[^"]+"/u, '"date": "2024-13-40"'));
    const result = await syncLibrary(index, [library]);
    expect(result.failed).toEqual([`${meta} (field "date"): Invalid ISO date`]);
    expect(await indexFailures(index)).toEqual([{ folder: path.join(library, A), message: result.failed[0] }]);
    expect((await indexedDocument(index, A))?.meta.slug).toBe(A);
    // Not retried until it changes again.
    expect((await planSync(index, [library])).stale).toEqual([]);
    writeFileSync(meta, good);
    await syncLibrary(index, [library]);
    expect(await indexFailures(index)).toEqual([]);
  });

  it('indexes a slug held by two folders from the first, and reports the second', async () => {
    const other = path.join(root, 'other');
    mkdirSync(other);
    cpSync(`corpus/${A}`, path.join(other, A), { recursive: true });
    const result = await syncLibrary(index, [library, other]);
    expect(result.failed).toEqual([`${path.join(other, A)}: the slug "${A}" is already used by ${path.join(library, A)}`]);
    expect((await indexedDocument(index, A))?.meta.slug).toBe(A);
  });
});
