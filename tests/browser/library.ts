import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A fresh temporary folder put first in QP_CORPUS before the `given` folders, so writes go there and never into
 * corpus/ or the repository; indexed before a server starts, as `npm run reindex` would, since tests open pages at once.
 */
export function freshLibrary(given: string): { dir: string; corpus: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qp-browser-library-'));
  const corpus = [dir, given].join(path.delimiter);
  execFileSync('node_modules/.bin/tsx', ['scripts/reindex.ts'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, QP_CORPUS: corpus, DATABASE_URL: '' },
  });
  return { dir, corpus };
}
