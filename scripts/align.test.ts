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
    expect(result.stderr).toBe('align: expected 2 files, got 1 (usage: npm run --silent align -- [--sentences] ZH.txt EN.txt)\n');
  });

  it('with --sentences prints one JSON sentence bead per line, every sentence once, in reading order, as in the input', () => {
    const zh = 'corpus/qiushi-2024-14-cyber-law/zh.txt';
    const en = 'corpus/qiushi-2024-14-cyber-law/en.txt';
    const result = runAlign('--sentences', zh, en);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const beads = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { zh: string[]; en: string[] });
    expect(beads.slice(0, 3)).toEqual([
      {
        zh: ['以网络法治高质量发展服务保障网络强国建设'],
        en: ['Serving and guaranteeing the construction of a cyber power with high-quality development of cyber law'],
      },
      {
        zh: ['来源:《求是》2024/14 作者:中央网络安全和信息化委员会办公室室务会 2024-07-16 09:00:00'],
        en: [
          'Source: "Qiushi" 2024/14 Author: Office of the Central Cyberspace Security and Informatization Commission 2024-07-16 09:00:00',
        ],
      },
      {
        zh: ['以网络法治高质量发展服务保障网络强国建设'],
        en: ['Serving and guaranteeing the construction of a cyber power with high-quality development of cyber law'],
      },
    ]);
    // Every sentence, concatenated in order, gives back each text without its white space.
    const squeeze = (text: string) => text.replace(/\s+/gu, '');
    expect(squeeze(beads.flatMap((b) => b.zh).join('')), 'zh text').toBe(squeeze(readFileSync(zh, 'utf8')));
    expect(squeeze(beads.flatMap((b) => b.en).join('')), 'en text').toBe(squeeze(readFileSync(en, 'utf8')));
    for (const bead of beads) expect(bead.zh.length + bead.en.length, 'no empty bead').toBeGreaterThan(0);
  });

  it('with --sentences exits 2 with one line on a missing file or an unknown option', () => {
    const missing = runAlign('--sentences', 'corpus/qiushi-2024-14-cyber-law/zh.txt', 'no/such/en.txt');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('no/such/en.txt: file not found\n');
    const unknown = runAlign('--sentence', 'a.txt', 'b.txt');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('align: unknown option --sentence (usage: npm run --silent align -- [--sentences] ZH.txt EN.txt)\n');
  });
});
