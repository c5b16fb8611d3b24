import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');

function checkCorpus(corpus: string) {
  const run = spawnSync(TSX, ['scripts/check-corpus.ts'], { encoding: 'utf8', env: { ...process.env, QP_CORPUS: corpus } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let corpus: string;
beforeEach(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'qp-corpus-'));
  cpSync('corpus/qiushi-2024-14-contents', path.join(corpus, 'qiushi-2024-14-contents'), { recursive: true });
  cpSync('corpus/qiushi-2024-14-cyber-law', path.join(corpus, 'qiushi-2024-14-cyber-law'), { recursive: true });
});
afterEach(() => rmSync(corpus, { recursive: true, force: true }));

describe('corpus check (first build step)', () => {
  it('passes a valid corpus and counts its documents', () => {
    const run = checkCorpus(corpus);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/corpus: 2 documents \(2 bilingual\)/);
  });

  it('fails on a malformed document with one line naming its file and field, and passes once it is fixed', () => {
    const broken = path.join(corpus, 'broken-essay');
    cpSync('corpus/qiushi-2024-14-contents', broken, { recursive: true });
    const meta = {
      slug: 'broken-essay',
      title: { en: 'Broken' },
      author: {},
      publication: 'Test',
      date: '2024-13-45',
      source: 'test',
      languages: ['zh', 'en'],
    };
    writeFileSync(path.join(broken, 'meta.json'), JSON.stringify(meta));

    const failed = checkCorpus(corpus);
    expect(failed.status).toBe(1);
    const lines = failed.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path.join('broken-essay', 'meta.json'));
    expect(lines[0]).toContain('field "date"');
    expect(failed.stderr).not.toMatch(/\n\s+at /);

    writeFileSync(path.join(broken, 'meta.json'), JSON.stringify({ ...meta, date: '2024-07-16' }));
    const fixed = checkCorpus(corpus);
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toMatch(/corpus: 3 documents \(3 bilingual\)/);
  });
});
