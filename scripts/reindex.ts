/**
 * (Re)builds the library index for QP_CORPUS: every folder added or changed since it was indexed, and with
 * --all every folder. A progress bar on a terminal, one line per document otherwise; exit 0 when done (folders
 * that cannot be indexed are listed with their reason, and the index says so to the server), 2 when the index
 * itself cannot be opened.
 */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { corpusDirs } from '../lib/corpus';
import { lowerPriority, syncLibrary } from '../lib/indexer';
import { indexLocation, openLibraryIndex } from '../lib/store';
import { EXIT_BAD_INPUT } from './lib/cli';

const all = process.argv.includes('--all');
const location = indexLocation();
if (all && !location.url) rmSync(location.file, { force: true });

// A reindex beside a running server should not slow its readers: they get the processor first.
lowerPriority();
const started = performance.now();
const index = await openLibraryIndex().catch((error: unknown) => {
  process.stderr.write(`${location.url ?? location.file}: cannot open the index (${(error as Error).message})\n`);
  process.exit(EXIT_BAD_INPUT);
});
if (all && index.kind === 'postgres') {
  await index.db.deleteFrom('documents').execute();
  await index.db.deleteFrom('failures').execute();
}
const tty = process.stderr.isTTY;
const BAR = 30;
const result = await syncLibrary(index, corpusDirs(), ({ done, total, folder, failure }) => {
  if (tty) {
    const filled = Math.round((done / total) * BAR);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(BAR - filled)}] ${done}/${total} ${folder.slice(-40).padEnd(40)}`);
    if (done === total) process.stderr.write('\n');
  } else {
    console.error(`${done}/${total} ${folder}${failure ? ` — ${failure}` : ''}`);
  }
});
// Fresh planner statistics for what was just written: with those of an emptier index, PostgreSQL scans every
// bead's search vector instead of using the full-text index (seen at 1,000 documents).
if (result.indexed + result.removed > 0) await sql`analyze`.execute(index.db);
await index.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `index ${index.location}: ${result.indexed} indexed, ${result.removed} removed, ${result.failed.length} failed, in ${seconds} s`,
);
for (const failure of result.failed) console.log(`  ${failure}`);
