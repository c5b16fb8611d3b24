/**
 * Import timings for text pairs of about 1k, 10k and 100k Chinese characters (with their English),
 * built from the corpus's bilingual documents bead by bead, repeated as needed:
 * - aligned data: parse the two texts (prepareImport), align them (alignBitext) and segment the
 *   Chinese for the reading rows, as the web preview does;
 * - saved and analysed: write the document into a temporary library (writeDocument), load it (loadDocument) and
 *   analyse it (analyzeDocument: beads, sentences, words, terms and notes), as the indexer then does.
 * - over HTTP (when a production build is in .next): the production server is started with a temporary
 *   library first in QP_CORPUS, and the web path is timed as a browser takes it: the aligned preview
 *   (POST /api/import/preview until its JSON is read) and saved-and-readable (POST /api/import, then
 *   GET the new reading page until its HTML is read).
 * Each run appends a fresh Latin nonce to every Chinese paragraph so that the segmenter's disk cache
 * never holds it: the figures are for a text the program has not seen. The dictionaries are loaded
 * once beforehand and that start-up is printed on its own. Last, the cost of one look at the unchanged
 * project corpus (planSync: stats of every folder against the index), what the indexer pays every second.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../lib/analysis';
import { alignBitext, alignDocument } from '../lib/bitext';
import { corpusDirs, loadCorpus, loadDocument, type CorpusDocument } from '../lib/corpus';
import { openIndex } from '../lib/db';
import { planSync, syncLibrary } from '../lib/indexer';
import { prepareImport } from '../lib/import';
import { writeDocument } from '../lib/library';
import { segmentParagraphs } from '../lib/segment';
import { serveProductionBuild, type Server } from './lib/serve';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 3;
const FRESHNESS_CHECKS = 200;

interface Pair {
  zh: string[];
  en: string[];
}

/** Paragraphs of the bilingual documents, bead by bead (repeating them), until the Chinese holds `size` characters. */
function buildPair(sources: readonly CorpusDocument[], size: number): Pair {
  const pair: Pair = { zh: [], en: [] };
  let characters = 0;
  for (;;) {
    for (const doc of sources) {
      for (const bead of alignDocument(doc).beads) {
        if (characters >= size) return pair;
        for (const i of bead.zh) {
          const paragraph = doc.zh?.[i] ?? '';
          pair.zh.push(paragraph);
          characters += [...paragraph].length;
        }
        for (const i of bead.en) pair.en.push(doc.en?.[i] ?? '');
      }
    }
  }
}

let nonceCount = 0;
/** A Latin word the segmenter's cache has never seen (letters only, so the aligner finds no number in it). */
function nonce(): string {
  nonceCount += 1;
  const letters = (n: number) => n.toString(26).replace(/[0-9a-p]/gu, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)));
  return `qp${letters(process.pid)}x${letters(Date.now() % 1e6)}x${letters(nonceCount)}`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const characters = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + [...p].length, 0);

const sources = loadCorpus().filter((doc) => doc.zh && doc.en);
const corpusSetting = process.env.QP_CORPUS;
const servedCorpus = corpusSetting ?? 'corpus';
const library = mkdtempSync(path.join(tmpdir(), 'qp-bench-import-'));
/** The served build's writable library, apart from the one this process writes into. */
const webLibrary = mkdtempSync(path.join(tmpdir(), 'qp-bench-import-web-'));
process.env.QP_CORPUS = library;

/** The form the /import page posts. */
function importForm(zh: string, en: string, title: string): FormData {
  const form = new FormData();
  form.set('zh', zh);
  form.set('en', en);
  form.set('title', title);
  return form;
}

/**
 * A request, retried once when the connection fails: fetch reuses kept-alive sockets, and the server
 * closes one that stayed idle while this process was timing the library path.
 */
async function send(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return run();
  }
}

async function timed(run: () => Promise<Response>): Promise<number> {
  let start = performance.now();
  const response = await send(() => {
    start = performance.now();
    return run();
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${body.slice(0, 200)}`);
  return performance.now() - start;
}

/** Web timings for one pair: [aligned preview ms, saved-and-readable ms]. */
async function webTimings(server: Server, zh: string, en: string, title: string): Promise<[number, number]> {
  const preview = await timed(() => fetch(`${server.url}/api/import/preview`, { method: 'POST', body: importForm(zh, en, title) }));
  let start = performance.now();
  const response = await send(() => {
    start = performance.now();
    return fetch(`${server.url}/api/import`, { method: 'POST', body: importForm(zh, en, title) });
  });
  const { href } = (await response.json()) as { href: string };
  const page = await fetch(`${server.url}${href}`);
  if (!(await page.text()).includes('data-bead')) throw new Error(`${href} is not a reading page`);
  return [preview, performance.now() - start];
}

let server: Server | undefined;
try {
  const startup = performance.now();
  alignBitext(['网络强国建设。'], ['Building a cyber power.']);
  console.log(`start-up (dictionaries, segmenter): ${(performance.now() - startup).toFixed(0)} ms`);
  console.log(`pairs built from ${sources.length} bilingual documents; median of ${RUNS} runs, each on unseen text`);

  if (existsSync('.next/BUILD_ID')) {
    process.env.QP_CORPUS = [webLibrary, servedCorpus].join(path.delimiter);
    server = await serveProductionBuild();
    process.env.QP_CORPUS = library;
    // The server's first request loads the dictionaries and the corpus: not part of any import.
    await timed(() =>
      fetch(`${server?.url}/api/import/preview`, {
        method: 'POST',
        body: importForm('网络强国建设。', 'Building a cyber power.', 'Warm-up'),
      }),
    );
  } else {
    console.log('no production build in .next: the web timings are left out (run `npm run build` first)');
  }

  const rows = [];
  for (const size of SIZES) {
    const pair = buildPair(sources, size);
    const aligned: number[] = [];
    const saved: number[] = [];
    const webPreview: number[] = [];
    const webSaved: number[] = [];
    let beads = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const tag = nonce();
      const zhText = pair.zh.map((p) => `${p} ${tag}`).join('\n\n');
      const enText = pair.en.join('\n\n');

      const start = performance.now();
      const { document } = await prepareImport({
        zh: { name: 'zh.txt', text: zhText },
        en: { name: 'en.txt', text: enText },
        title: `Bench ${size} ${tag}`,
      });
      const zh = document.zh ?? [];
      beads = alignBitext(zh, document.en ?? []).length;
      segmentParagraphs(zh);
      aligned.push(performance.now() - start);

      const writeStart = performance.now();
      const folder = writeDocument(document);
      analyzeDocument(loadDocument(folder));
      saved.push(performance.now() - writeStart);

      if (server) {
        const webTag = nonce();
        const [preview, readable] = await webTimings(
          server,
          pair.zh.map((p) => `${p} ${webTag}`).join('\n\n'),
          enText,
          `Bench ${size} ${webTag}`,
        );
        webPreview.push(preview);
        webSaved.push(readable);
      }
    }
    rows.push({
      'zh chars': characters(pair.zh),
      'en chars': characters(pair.en),
      'zh/en ¶': `${pair.zh.length}/${pair.en.length}`,
      beads,
      'aligned data ms': median(aligned).toFixed(0),
      'saved and loadable ms': median(saved).toFixed(0),
      ...(server ? { 'web: preview ms': median(webPreview).toFixed(0), 'web: saved and readable ms': median(webSaved).toFixed(0) } : {}),
    });
  }
  console.table(rows);

  // What the indexer pays per look at the folders when nothing changed (stats against the index, no reload).
  process.env.QP_CORPUS = corpusSetting ?? '';
  const index = await openIndex({ file: path.join(library, 'freshness.sqlite') });
  await syncLibrary(index, corpusDirs());
  const checkStart = performance.now();
  for (let i = 0; i < FRESHNESS_CHECKS; i += 1) await planSync(index, corpusDirs());
  const perCheck = (performance.now() - checkStart) / FRESHNESS_CHECKS;
  await index.close();
  console.log(`look at the unchanged corpus (${corpusDirs().join(', ')}): ${(perCheck * 1000).toFixed(0)} µs`);
} finally {
  server?.stop();
  rmSync(library, { recursive: true, force: true });
  rmSync(webLibrary, { recursive: true, force: true });
}
