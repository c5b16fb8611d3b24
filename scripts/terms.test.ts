import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ZH = 'corpus/qiushi-2024-14-cyber-law/zh.txt';
const EN = 'corpus/qiushi-2024-14-cyber-law/en.txt';

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
    expect(lines).toContain('{"term":"网络法治","zh":11,"en":[10],"rendering":null}');
    const cyberLaw = lines.map((line) => JSON.parse(line) as { term: string; zh: number }).filter((o) => o.term === '网络法治' && o.zh === 4);
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
    expect(result.stderr).toBe('usage: npm run --silent terms -- ZH.txt EN.txt\n');
  });
});
