import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { INDEX_FILE } from '../../lib/db';
import { serveProductionBuild } from '../../scripts/lib/serve';
import { freshLibrary } from './library';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The writable library the served build imports into: a temporary folder, first in QP_CORPUS. */
    libraryDir: string;
    /** The served library's index (inside libraryDir). */
    indexFile: string;
    /** The read-only corpus folders after the library (QP_CORPUS as given), for a test that serves its own library. */
    givenCorpus: string;
  }
}

/** Serves the production build once for all browser tests, over a fresh library (see freshLibrary). */
export default async function setup(project: TestProject) {
  const given = process.env.QP_CORPUS ?? 'corpus';
  const library = freshLibrary(given);
  process.env.QP_CORPUS = library.corpus;
  const server = await serveProductionBuild();
  project.provide('baseURL', server.url);
  project.provide('libraryDir', library.dir);
  project.provide('indexFile', path.join(library.dir, INDEX_FILE));
  project.provide('givenCorpus', given);
  return () => {
    server.stop();
    rmSync(library.dir, { recursive: true, force: true });
  };
}
