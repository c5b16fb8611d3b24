import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBeads } from '../lib/align';

function runAlign(...args: string[]) {
  // tsx directly, not npx: npx adds its own warnings to stderr.
  return spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/align.ts', ...args], { encoding: 'utf8' });
}

describe('align CLI', () => {
  it('prints the gold alignment of a corpus pair in gold.tsv format', () => {
    const slug = 'qiushi-2024-14-self-confidence';
    const result = runAlign(`corpus/${slug}/zh.txt`, `corpus/${slug}/en.txt`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const gold = parseBeads(readFileSync(`tests/fixtures/gold/${slug}.tsv`, 'utf8'));
    expect(parseBeads(result.stdout)).toEqual(gold);
    expect(result.stdout.startsWith('0,1\t0\n2\t1\n3\t2\n\t3\n')).toBe(true);
  });

  it('exits 2 with one line naming a missing file, no stack trace', () => {
    const result = runAlign('no/such/zh.txt', 'corpus/qiushi-2024-14-cyber-law/en.txt');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('no/such/zh.txt: file not found\n');
  });

  it('exits 2 with one line on a wrong number of arguments', () => {
    const result = runAlign('corpus/qiushi-2024-14-cyber-law/zh.txt');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('align: expected 2 files, got 1 (usage: npm run --silent align -- ZH.txt EN.txt)\n');
  });
});
