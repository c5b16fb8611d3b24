import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { INDEX_FILE } from '../../lib/db';
import { serveProductionBuild } from '../../scripts/lib/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The writable library the served build imports into: a temporary folder, first in QP_CORPUS. */
    libraryDir: string;
    /** The served library's index (inside libraryDir). */
    indexFile: string;
  }
}

/**
 * Serves the production build once for all browser tests. Writes go to the first QP_CORPUS folder, so a
 * fresh temporary folder is put first: the tests never write into corpus/ or the repository.
 */
export default async function setup(project: TestProject) {
  const library = mkdtempSync(path.join(tmpdir(), 'qp-browser-library-'));
  const given = process.env.QP_CORPUS ?? 'corpus';
  process.env.QP_CORPUS = [library, given].join(path.delimiter);
  // Indexed before the server starts, as `npm run reindex` would: the tests open pages at once.
  execFileSync('node_modules/.bin/tsx', ['scripts/reindex.ts'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  const server = await serveProductionBuild();
  project.provide('baseURL', server.url);
  project.provide('libraryDir', library);
  project.provide('indexFile', path.join(library, INDEX_FILE));
  return () => {
    server.stop();
    rmSync(library, { recursive: true, force: true });
  };
}
