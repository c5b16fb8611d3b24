import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpusFrom, readMeta } from './index';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-dirs-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('corpus folders', () => {
  it('skips hidden folders such as a cache', () => {
    cpSync('corpus/qiushi-2024-14-contents', path.join(root, 'qiushi-2024-14-contents'), { recursive: true });
    mkdirSync(path.join(root, '.cache'));
    expect(loadCorpusFrom(root).map((d) => d.meta.slug)).toEqual(['qiushi-2024-14-contents']);
  });

  it('names a missing corpus folder instead of throwing a raw file-system error', () => {
    const missing = path.join(root, 'nowhere');
    expect(() => loadCorpusFrom(missing)).toThrow(CorpusError);
    expect(() => loadCorpusFrom(missing)).toThrow(`${missing}: corpus folder cannot be read (ENOENT)`);
  });

  it('rejects a language listed twice', () => {
    const file = path.join(root, 'meta.json');
    const meta = { slug: 'x', title: { en: 'X' }, author: {}, publication: 'P', date: '2024-01-01', source: 'S', languages: ['en', 'en'] };
    writeFileSync(file, JSON.stringify(meta));
    expect(() => readMeta(file)).toThrow(`${file} (field "languages"): must not repeat a language`);
  });
});
