import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { postgresUrl } from './temp-index';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A library index of the project's corpus, written once for all unit tests (see corpus-index.ts). */
    corpusIndexFile: string;
    /** The same on PostgreSQL when the tests run against one (DATABASE_URL=postgres://…, `npm run test:pg`). */
    corpusIndexUrl: string | undefined;
  }
}

/**
 * Indexes the project's corpus once with the reindex command, as a user would, into a temporary SQLite file the
 * tests read; when DATABASE_URL is PostgreSQL, into that database too, which the tests then read instead (and
 * lib/store/parity.test.ts compares with the SQLite one).
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'qp-unit-index-'));
  const file = path.join(dir, 'library.sqlite');
  const url = postgresUrl();
  for (const database of url ? ['', url] : ['']) {
    execFileSync('node_modules/.bin/tsx', ['scripts/reindex.ts', '--all'], {
      env: { ...process.env, QP_CORPUS: 'corpus', QP_INDEX: file, DATABASE_URL: database },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  }
  project.provide('corpusIndexFile', file);
  project.provide('corpusIndexUrl', url);
  return () => rmSync(dir, { recursive: true, force: true });
}
