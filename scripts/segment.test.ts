import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function runSegment(...args: string[]) {
  // tsx directly, not npx: npx adds its own warnings to stderr.
  return spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/segment.ts', ...args], { encoding: 'utf8' });
}

describe('segment CLI', () => {
  it('prints each paragraph as space-separated tokens, one line per paragraph', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'segment-cli-')), 'in.txt');
    writeFileSync(file, '  法治兴则国兴,法治强则国强。\n\n习近平总书记\n强调网络强国\n');
    const result = runSegment(file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('法治 兴 则 国 兴 , 法治 强 则 国 强 。\n习近平 总书记 强调 网络强国\n');
    expect(result.status).toBe(0);
  });
  it('exits 2 with one line naming a missing file', () => {
    const result = runSegment('no/such/file.txt');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('no/such/file.txt: file not found\n');
  });
});
