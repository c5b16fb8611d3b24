import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusVersion, documentVersion, getCorpus, getDocument, invalidateCorpus } from './index';

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
});
