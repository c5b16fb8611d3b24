/**
 * Import timings for text pairs of about 1k, 10k and 100k Chinese characters (with their English),
 * built from the corpus's bilingual documents bead by bead, repeated as needed:
 * - aligned data: parse the two texts (prepareImport), align them (alignBitext) and segment the
 *   Chinese for the reading rows, as the web preview does;
 * - saved and loadable: write the document into a temporary library (writeDocument), load it through
 *   lib/corpus (getDocument) and get its beads (documentBeads), as the reading page then does.
 * Each run appends a fresh Latin nonce to every Chinese paragraph so that the segmenter's disk cache
 * never holds it: the figures are for a text the program has not seen. The dictionaries are loaded
 * once beforehand and that start-up is printed on its own. Last, the cost of one freshness check
 * (getCorpus looking at the unchanged project corpus).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignBitext, documentBeads } from '../lib/bitext';
import { getCorpus, getDocument, invalidateCorpus, type CorpusDocument } from '../lib/corpus';
import { prepareImport } from '../lib/import';
import { writeDocument } from '../lib/library';
import { segmentParagraphs } from '../lib/segment';

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
      for (const bead of documentBeads(doc)) {
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

const sources = getCorpus().filter((doc) => doc.zh && doc.en);
const corpusSetting = process.env.QP_CORPUS;
const library = mkdtempSync(path.join(tmpdir(), 'qp-bench-import-'));
process.env.QP_CORPUS = library;

try {
  const startup = performance.now();
  alignBitext(['网络强国建设。'], ['Building a cyber power.']);
  console.log(`start-up (dictionaries, segmenter): ${(performance.now() - startup).toFixed(0)} ms`);
  console.log(`pairs built from ${sources.length} bilingual documents; median of ${RUNS} runs, each on unseen text`);

  const rows = [];
  for (const size of SIZES) {
    const pair = buildPair(sources, size);
    const aligned: number[] = [];
    const saved: number[] = [];
    let beads = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const tag = nonce();
      const zhText = pair.zh.map((p) => `${p} ${tag}`).join('\n\n');
      const enText = pair.en.join('\n\n');

      const start = performance.now();
      const { document } = await prepareImport({ zh: { name: 'zh.txt', text: zhText }, en: { name: 'en.txt', text: enText }, title: `Bench ${size} ${tag}` });
      const zh = document.zh ?? [];
      beads = alignBitext(zh, document.en ?? []).length;
      segmentParagraphs(zh);
      aligned.push(performance.now() - start);

      const writeStart = performance.now();
      writeDocument(document);
      const doc = getDocument(document.meta.slug);
      if (!doc) throw new Error(`${document.meta.slug} was written but does not load`);
      documentBeads(doc);
      saved.push(performance.now() - writeStart);
    }
    rows.push({
      'zh chars': characters(pair.zh),
      'en chars': characters(pair.en),
      'zh/en ¶': `${pair.zh.length}/${pair.en.length}`,
      beads,
      'aligned data ms': median(aligned).toFixed(0),
      'saved and loadable ms': median(saved).toFixed(0),
    });
  }
  console.table(rows);

  // What a server pays per look at the folders when nothing changed (stats only, no reload).
  process.env.QP_CORPUS = corpusSetting ?? '';
  getCorpus();
  const checkStart = performance.now();
  for (let i = 0; i < FRESHNESS_CHECKS; i += 1) {
    invalidateCorpus();
    getCorpus();
  }
  const perCheck = (performance.now() - checkStart) / FRESHNESS_CHECKS;
  console.log(`freshness check of the unchanged corpus (${getCorpus().length} documents): ${(perCheck * 1000).toFixed(0)} µs`);
} finally {
  rmSync(library, { recursive: true, force: true });
}
