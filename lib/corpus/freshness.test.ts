import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NO_DOCUMENT_VERSION,
  catchUpWith,
  corpusVersion,
  corpusVersionOnDisk,
  documentVersion,
  documentVersionOnDisk,
  getCorpus,
  getDocument,
  invalidateCorpus,
  recentCorpusVersionOnDisk,
} from './index';

const A = 'qiushi-2024-14-contents';
const B = 'network-governance-rule-of-law-2024-10';

let root: string;
const saved = process.env.QP_CORPUS;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-fresh-'));
  cpSync(`corpus/${A}`, path.join(root, A), { recursive: true });
  process.env.QP_CORPUS = root;
  invalidateCorpus();
});
afterEach(() => {
  process.env.QP_CORPUS = saved;
  rmSync(root, { recursive: true, force: true });
});

describe('corpus freshness', () => {
  it('sees a document added after the first load, keeping the unchanged one as it was', () => {
    const before = getDocument(A);
    const version = corpusVersion();
    cpSync(`corpus/${B}`, path.join(root, B), { recursive: true });
    invalidateCorpus();
    expect(getCorpus().map((d) => d.meta.slug)).toEqual([A, B]);
    expect(getDocument(A), 'an unchanged document keeps its object').toBe(before);
    expect(corpusVersion()).not.toBe(version);
  });

  it('reloads a document whose text changed, with a new version', () => {
    const before = getDocument(A);
    const version = documentVersion(A);
    // Atomic replace, as lib/library writes: a new file under the old name.
    const tmp = path.join(root, A, '.en.txt.tmp');
    writeFileSync(tmp, 'One paragraph.\n\nAnother.\n');
    renameSync(tmp, path.join(root, A, 'en.txt'));
    invalidateCorpus();
    const after = getDocument(A);
    expect(after).not.toBe(before);
    expect(after?.en).toEqual(['One paragraph.', 'Another.']);
    expect(documentVersion(A)).not.toBe(version);
  });

  it('sees a document removed', () => {
    getCorpus();
    rmSync(path.join(root, A), { recursive: true });
    invalidateCorpus();
    expect(getDocument(A)).toBeUndefined();
    expect(documentVersion(A)).toBeUndefined();
  });

  it('keeps versions stable while nothing changes', () => {
    const version = corpusVersion();
    const docVersion = documentVersion(A);
    invalidateCorpus();
    expect(corpusVersion()).toBe(version);
    expect(documentVersion(A)).toBe(docVersion);
  });

  it('skips a hidden folder such as a write in progress', () => {
    cpSync(`corpus/${B}`, path.join(root, `.import-1/${B}`), { recursive: true });
    invalidateCorpus();
    expect(getCorpus().map((d) => d.meta.slug)).toEqual([A]);
  });

  it('reads the same versions from the disk, with stats only, as the loaded corpus has', () => {
    expect(corpusVersionOnDisk()).toBe(corpusVersion());
    expect(documentVersionOnDisk(A)).toBe(documentVersion(A));
    expect(documentVersionOnDisk('no-such-document')).toBeUndefined();
    expect(documentVersionOnDisk('../' + A), 'not a slug, so never a path').toBeUndefined();
  });

  it('catches up at once with a version a request saw on disk, within the freshness interval', () => {
    getCorpus();
    const tmp = path.join(root, A, '.en.txt.tmp');
    writeFileSync(tmp, 'Changed by another process.\n');
    renameSync(tmp, path.join(root, A, 'en.txt'));
    expect(getDocument(A)?.en, 'trusted for FRESHNESS_INTERVAL_MS').not.toEqual(['Changed by another process.']);
    catchUpWith(documentVersionOnDisk(A) ?? NO_DOCUMENT_VERSION, A);
    expect(getDocument(A)?.en).toEqual(['Changed by another process.']);
    expect(documentVersion(A)).toBe(documentVersionOnDisk(A));

    cpSync(`corpus/${B}`, path.join(root, B), { recursive: true });
    expect(getDocument(B)).toBeUndefined();
    catchUpWith(corpusVersionOnDisk());
    expect(getCorpus().map((d) => d.meta.slug)).toEqual([A, B]);
  });

  it('catches up with a document that is not there yet', () => {
    expect(documentVersionOnDisk(B)).toBeUndefined();
    catchUpWith(NO_DOCUMENT_VERSION, B);
    expect(getDocument(B)).toBeUndefined();
    cpSync(`corpus/${B}`, path.join(root, B), { recursive: true });
    catchUpWith(documentVersionOnDisk(B) ?? NO_DOCUMENT_VERSION, B);
    expect(getDocument(B)?.meta.slug).toBe(B);
  });

  it('looks at the disk again for the corpus version after FRESHNESS_INTERVAL_MS or a write through lib/library', () => {
    const before = recentCorpusVersionOnDisk();
    expect(before).toBe(corpusVersionOnDisk());
    cpSync(`corpus/${B}`, path.join(root, B), { recursive: true });
    expect(recentCorpusVersionOnDisk(), 'trusted for FRESHNESS_INTERVAL_MS').toBe(before);
    invalidateCorpus();
    expect(recentCorpusVersionOnDisk()).toBe(corpusVersionOnDisk());
    expect(recentCorpusVersionOnDisk()).not.toBe(before);
  });
});
