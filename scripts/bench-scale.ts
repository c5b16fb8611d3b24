/**
 * How the served application scales with the library: for each size (`--sizes 100,1000`, default both) a library of
 * that many bilingual documents is built in a temporary folder (copies of the corpus's bilingual documents under
 * new slugs and dates, a third of them with other renderings of a few glossary terms, so term statistics are not
 * uniform), indexed with `reindex` (on PostgreSQL when DATABASE_URL is a postgres:// address, one fresh database per
 * size, else the embedded SQLite file) and served by the production build. Printed per size:
 * - indexing time and the index's size on disk;
 * - the server's memory (RSS of its process tree) after warm-up;
 * - first and warm (p50/p95) latency of the library page, a reading page, a term page and a search, and the term
 *   page's HTML size;
 * - one folder added by hand: time until its reading page answers 200 and until search finds a word only it holds;
 *   the same after one document's English is changed;
 * - the reading page's p95 while another process reindexes the whole library, and while a large import preview
 *   (100,000 Chinese characters) is aligned, and the server's memory once the preview has answered.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadCorpus, type CorpusDocument } from '../lib/corpus';
import { readHref, searchHref, termHref } from '../lib/reader/links';
import { percentile } from './lib/measure';
import { residentBytes, serveProductionBuild, type Server } from './lib/serve';

const WARM_RUNS = 30;
const FRESHNESS_TIMEOUT_MS = 60_000;
const POLL_MS = 25;
const LOADED_WINDOW_MS = 30_000;
const PREVIEW_CHARACTERS = 100_000;
const RSS_SETTLE_MS = 2000;
const TERM = '网络强国';
const QUERY = '网络强国';
/** Other renderings swapped into every third copy, so renderings over the library are not uniform. */
const RENDERING_SWAPS: Array<[RegExp, string]> = [
  [/\bcyber power\b/gu, 'network power'],
  [/\brule of law in cyberspace\b/gu, 'cyber rule of law'],
  [/\bthe Internet\b/gu, 'cyberspace'],
];

function sizesOption(): number[] {
  const at = process.argv.indexOf('--sizes');
  const value = at >= 0 ? process.argv[at + 1] : '100,1000';
  const sizes = (value ?? '').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`--sizes: expected document counts separated by commas (e.g. 100,1000), got "${value ?? ''}"`);
    process.exit(2);
  }
  return sizes;
}

const postgresUrl = /^postgres(?:ql)?:\/\//u.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined;

async function admin(statement: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return (await client.query(statement)).rows as unknown[];
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database on the server at DATABASE_URL, and its address. */
async function freshDatabase(name: string): Promise<string> {
  await admin(`drop database if exists ${name}`);
  await admin(`create database ${name}`);
  const url = new URL(postgresUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

const sources = loadCorpus().filter((doc) => doc.kind === 'bilingual' && doc.zh && doc.en);

/** An ISO date `days` after 2000-01-01. */
const dateAfter = (days: number) => new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

function writeCopy(dir: string, source: CorpusDocument, slug: string, date: string, en: readonly string[]): void {
  const folder = path.join(dir, slug);
  mkdirSync(folder, { recursive: true });
  const meta = { ...source.meta, slug, date, title: { ...source.meta.title, en: `${source.meta.title.en} (${slug})` } };
  writeFileSync(path.join(folder, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(path.join(folder, 'zh.txt'), `${(source.zh ?? []).join('\n\n')}\n`);
  writeFileSync(path.join(folder, 'en.txt'), `${en.join('\n\n')}\n`);
}

/** The library of `size` documents: copy i of source i mod n, every third with other renderings. */
function buildLibrary(dir: string, size: number): string[] {
  const slugs: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const source = sources[i % sources.length]!;
    const slug = `${source.meta.slug}-copy-${i}`;
    const en = (source.en ?? []).map((p) => (i % 3 === 1 ? RENDERING_SWAPS.reduce((text, [from, to]) => text.replace(from, to), p) : p));
    writeCopy(dir, source, slug, dateAfter(i * 7), en);
    slugs.push(slug);
  }
  return slugs;
}

/** Runs the reindex command; its progress lines are kept for a failure's message. */
function reindex(env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number; log: string }> } {
  const child = spawn('node_modules/.bin/tsx', ['scripts/reindex.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? 1, log }))) };
}

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const file = path.join(dir, e.name);
    return n + (e.isDirectory() ? dirSize(file) : statSync(file).size);
  }, 0);

interface Fetched {
  ms: number;
  status: number;
  body: string;
}

async function get(server: Server, address: string): Promise<Fetched> {
  const start = performance.now();
  // The URL parser encodes the Chinese of a path and leaves what is encoded already (searchHref's query) alone;
  // encodeURI would encode its % again, and the search timed would be for "%E7%BD%91…".
  const response = await fetch(new URL(address, server.url));
  const body = await response.text();
  return { ms: performance.now() - start, status: response.status, body };
}

async function warm(server: Server, address: string): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await get(server, address);
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) times.push((await get(server, address)).ms);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Milliseconds from now until `check` holds, polling; NaN when it never does within the timeout. */
async function until(check: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < FRESHNESS_TIMEOUT_MS) {
    if (await check()) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return Number.NaN;
}

/** A Latin word no document holds (letters only). */
const uniqueWord = (tag: string) =>
  `qpscale${tag.replace(/[^a-z]/gu, '')}${Date.now()
    .toString(36)
    .replace(/\d/gu, (d) => 'abcdefghij'[Number(d)]!)}`;

/** Times until a document is readable (`readable` holds for its page) and search finds `word` in it. */
async function visible(server: Server, slug: string, word: string, readable: (body: string) => boolean): Promise<[number, number]> {
  const page = until(async () => {
    const r = await get(server, readHref(slug));
    return r.status === 200 && readable(r.body);
  });
  const search = until(async () => (await get(server, searchHref(word))).body.includes(readHref(slug)));
  return Promise.all([page, search]);
}

/** The reading page's p95 while `load` runs (for at most LOADED_WINDOW_MS), and how many requests it took. */
async function readingUnderLoad(server: Server, address: string, load: () => Promise<unknown>): Promise<{ p95: number; requests: number }> {
  let running = true;
  const loadDone = load().finally(() => (running = false));
  const times: number[] = [];
  const start = performance.now();
  while (running && performance.now() - start < LOADED_WINDOW_MS) times.push((await get(server, address)).ms);
  await loadDone;
  return { p95: percentile(times, 95), requests: times.length };
}

/** About PREVIEW_CHARACTERS of Chinese with its English, from the corpus's bilingual documents. */
function largePair(): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  let characters = 0;
  while (characters < PREVIEW_CHARACTERS) {
    for (const doc of sources) {
      zh.push(...(doc.zh ?? []));
      en.push(...(doc.en ?? []));
      characters += (doc.zh ?? []).reduce((n, p) => n + [...p].length, 0);
    }
  }
  return { zh: zh.join('\n\n'), en: en.join('\n\n') };
}

const ms = (value: number) => (Number.isNaN(value) ? 'timeout' : `${value.toFixed(0)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function benchSize(size: number): Promise<Record<string, string>> {
  const root = mkdtempSync(path.join(tmpdir(), `qp-bench-scale-${size}-`));
  const library = path.join(root, 'library');
  const indexFile = path.join(library, '.index', 'library.sqlite');
  let server: Server | undefined;
  try {
    const slugs = buildLibrary(library, size);
    const databaseUrl = postgresUrl ? await freshDatabase(`qp_scale_${size}`) : '';
    const env = { QP_CORPUS: library, QP_INDEX: indexFile, DATABASE_URL: databaseUrl };

    const indexStart = performance.now();
    const { code, log } = await reindex(env).done;
    if (code !== 0) throw new Error(`reindex of ${size} documents exited with ${code}:\n${log}`);
    const indexMs = performance.now() - indexStart;
    const indexBytes = databaseUrl
      ? Number(((await admin(`select pg_database_size('qp_scale_${size}') as n`))[0] as { n: string }).n)
      : dirSize(path.dirname(indexFile));

    Object.assign(process.env, env);
    server = await serveProductionBuild('.', { ready: '/about' });
    const reading = readHref(slugs[Math.floor(size / 2)]!);
    const pages: Array<[string, string]> = [
      ['library', '/'],
      ['reading', reading],
      ['term', termHref(TERM)],
      ['search', searchHref(QUERY)],
    ];
    const row: Record<string, string> = {
      documents: String(size),
      'index time': `${(indexMs / 1000).toFixed(1)} s`,
      'index size': mb(indexBytes),
    };
    for (const [name, address] of pages) {
      const first = await get(server, address);
      if (first.status !== 200) throw new Error(`${address} answered ${first.status}`);
      row[`${name} first`] = ms(first.ms);
    }
    for (const [name, address] of pages) {
      const { p50, p95 } = await warm(server, address);
      row[`${name} p50/p95`] = `${p50.toFixed(0)}/${p95.toFixed(0)} ms`;
    }
    row['term HTML'] = `${((await get(server, termHref(TERM))).body.length / 1024).toFixed(0)} KB`;
    row['server RSS'] = mb(residentBytes(server.pid));

    // A folder added by hand: written aside, then renamed into place, as a copy tool finishing would.
    const source = sources[0]!;
    const addedSlug = `added-by-hand-${size}`;
    const addedWord = uniqueWord('added');
    writeCopy(path.join(library, '.staging'), source, addedSlug, dateAfter(size * 7), [
      ...(source.en ?? []),
      `A closing remark: ${addedWord}.`,
    ]);
    renameSync(path.join(library, '.staging', addedSlug), path.join(library, addedSlug));
    rmSync(path.join(library, '.staging'), { recursive: true });
    const [addedPage, addedSearch] = await visible(server, addedSlug, addedWord, () => true);
    row['added: page/search'] = `${ms(addedPage)} / ${ms(addedSearch)}`;

    // One document's English changed in place.
    const changedSlug = slugs[0]!;
    const changedWord = uniqueWord('changed');
    const enFile = path.join(library, changedSlug, 'en.txt');
    writeFileSync(enFile, `${readFileSync(enFile, 'utf8').trimEnd()}\n\nA remark added later: ${changedWord}.\n`);
    const [changedPage, changedSearch] = await visible(server, changedSlug, changedWord, (body) => body.includes(changedWord));
    row['changed: page/search'] = `${ms(changedPage)} / ${ms(changedSearch)}`;

    // Another process reindexing the whole library into a scratch index, sharing the machine (and the database server).
    const scratchUrl = postgresUrl ? await freshDatabase(`qp_scale_${size}_scratch`) : '';
    const scratch = { ...env, QP_INDEX: path.join(root, 'scratch.sqlite'), DATABASE_URL: scratchUrl };
    const other = reindex(scratch);
    const underReindex = await readingUnderLoad(server, reading, async () => {
      await new Promise((resolve) => setTimeout(resolve, LOADED_WINDOW_MS));
      other.child.kill('SIGTERM');
      await other.done;
    });
    row['reading p95 during reindex'] = `${underReindex.p95.toFixed(0)} ms`;

    const pair = largePair();
    const underPreview = await readingUnderLoad(server, reading, async () => {
      const form = new FormData();
      form.set('zh', pair.zh);
      form.set('en', pair.en);
      form.set('title', 'A large preview');
      const response = await fetch(`${server?.url}/api/import/preview`, { method: 'POST', body: form });
      await response.text();
      if (!response.ok) throw new Error(`the preview answered ${response.status}`);
    });
    row['reading p95 during preview'] = `${underPreview.p95.toFixed(0)} ms`;
    // The preview's thread exits once it has answered; its memory should go with it.
    await new Promise((resolve) => setTimeout(resolve, RSS_SETTLE_MS));
    row['server RSS after preview'] = mb(residentBytes(server.pid));
    // The machine may be shared: its load says how far the timings are from a quiet one.
    row['load average (1 min)'] = loadavg()[0]!.toFixed(1);
    return row;
  } finally {
    server?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

console.log(
  `bench:scale on ${postgresUrl ? 'PostgreSQL' : 'SQLite'}; copies of ${sources.length} bilingual documents; warm figures over ${WARM_RUNS} requests`,
);
const rows: Array<Record<string, string>> = [];
for (const size of sizesOption()) {
  const row = await benchSize(size);
  rows.push(row);
  console.log(JSON.stringify(row));
}
// One column per size: the rows are long.
const names = Object.keys(rows[0] ?? {});
console.table(
  Object.fromEntries(names.map((name) => [name, Object.fromEntries(rows.map((r) => [`${r.documents} docs`, r[name] ?? ''] as const))])),
);
