import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ZH = 'corpus/qiushi-2024-14-cyber-law/zh.txt';
const EN = 'corpus/qiushi-2024-14-cyber-law/en.txt';
const NEWSROOM = 'tests/fixtures/glossary/newsroom.csv';
const USAGE = 'usage: npm run --silent terms -- [--glossary FILE.csv|FILE.tbx] ZH.txt EN.txt\n';

function runTerms(...args: string[]) {
  // tsx directly, not npx: npx adds its own warnings to stderr.
  return spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/terms.ts', ...args], { encoding: 'utf8' });
}

describe('terms CLI', () => {
  it('prints one JSON line per term occurrence of the cyber-law essay', () => {
    const result = runTerms(ZH, EN);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '{"term":"网络法治","zh":0,"en":[0],"rendering":"cyber law"}',
      '{"term":"高质量发展","zh":0,"en":[0],"rendering":"high-quality development"}',
      '{"term":"网络强国","zh":0,"en":[0],"rendering":"cyber power"}',
    ]);
    expect(lines).toContain('{"term":"网络强国","zh":13,"en":[12],"rendering":"strong cyber power"}');
    expect(lines).toContain('{"term":"网络强国","zh":22,"en":[21],"rendering":"network power"}');
    expect(lines).toContain('{"term":"网络法治","zh":11,"en":[10],"rendering":"network legal"}');
    const cyberLaw = lines
      .map((line) => JSON.parse(line) as { term: string; zh: number })
      .filter((o) => o.term === '网络法治' && o.zh === 4);
    expect(cyberLaw.length).toBe(3);
  });
  it('exits 2 with one line naming an unreadable file', () => {
    const result = runTerms(ZH, 'no/such/en.txt');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('no/such/en.txt: file not found\n');
  });
  it('exits 2 with the usage line when a file is missing', () => {
    const result = runTerms(ZH);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(USAGE);
  });
  it('with --glossary, adds the new terms of a user glossary (kept whole by segmentation) to the same JSON lines', () => {
    const plain = runTerms(ZH, EN).stdout.trimEnd().split('\n');
    const result = runTerms('--glossary', NEWSROOM, ZH, EN);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // 网络执法 is cut 网络|执法 by the project's dictionary; the user's glossary keeps it whole.
    const enforcement = lines.filter((line) => line.includes('"网络执法"'));
    expect(enforcement.length).toBe(9);
    expect(enforcement[0]).toBe('{"term":"网络执法","zh":10,"en":[9],"rendering":"cyber law enforcement"}');
    expect(lines).toContain('{"term":"未成年人网络保护","zh":12,"en":[11],"rendering":null}');
    // The project's terms are all still there: the user's glossary is merged, not substituted.
    const projectLines = lines.filter((line) => !/"(网络执法|未成年人网络保护|人工智能)"/u.test(line));
    expect(projectLines).toEqual(plain);
  });
  it('exits 2 with one line naming the glossary file, line and column of a bad glossary', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'terms-cli-')), 'bad.csv');
    writeFileSync(file, 'zh,recommended,variants\n网络强国,cyberpower,"cyber power\n');
    const result = runTerms('--glossary', file, ZH, EN);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${file}:2:17: quoted field never closed\n`);
  });
  it('exits 2 with the usage line when --glossary has no file', () => {
    const result = runTerms(ZH, EN, '--glossary');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(USAGE);
  });
});
