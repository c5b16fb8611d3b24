/**
 * Benchmarks search over the library index (lib/store's full-text table, SQLite) on the corpus and on a library
 * SCALE times its size (the corpus's analyses written again under new slugs): index size on disk, time to write
 * the documents, and query latency over a fixed set of queries of every kind.
 *
 *   npm run bench:search
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDocument, type DocumentAnalysis } from '../lib/analysis';
import { CorpusError, loadCorpus } from '../lib/corpus';
import { openIndex, type IndexDatabase } from '../lib/db';
import { searchBeads } from '../lib/search';
import { searchSource, writeDocument } from '../lib/store';
import { formatBytes, percentile, timed } from './lib/measure';

const SCALE = 100;
/** Each query is timed this many times after one untimed run. */
const RUNS_PER_QUERY = 10;
const PERCENTILES = [50, 95] as const;

const QUERIES: Record<string, string[]> = {
  simplified: ['网络强国', '法治', '网络法治', '法治强', '自信自立', '中国式现代化', '网络安全', '习近平', '魂', '高质量发展'],
  traditional: ['網絡強國', '網路安全', '法治強', '自信自立', '中國式現代化', '習近平', '高質量發展', '著力'],
  pinyin: [
    'wangluo qiangguo',
    'wǎngluò qiángguó',
    'wang3luo4 qiang2guo2',
    'wangluoqiangguo',
    'fazhi',
    'zixin zili',
    'xian',
    'gaozhiliang fazhan',
    'zhongguoshi xiandaihua',
  ],
  english: [
    'cyber rule of law',
    'rule of law',
    'China',
    'cyberspace governance',
    'self-confidence',
    'laws',
    'Xi Jinping',
    'personal information protection',
    'high-quality development',
    'the',
  ],
};

interface Figures {
  documents: number;
  bytes: number;
  writeMs: number;
  p50: number;
  p95: number;
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

/** Writes `copies` copies of every analysis into a fresh index and times the queries on it. */
async function measure(label: string, analyses: readonly DocumentAnalysis[], copies: number, dir: string): Promise<Figures> {
  const file = path.join(dir, `${copies}.sqlite`);
  const index: IndexDatabase = await openIndex({ file });
  const { ms: writeMs } = await timedAsync(async () => {
    for (let copy = 0; copy < copies; copy++) {
      for (const analysis of analyses) {
        const slug = copy === 0 ? analysis.meta.slug : `${analysis.meta.slug}-copy-${copy}`;
        await writeDocument(index, slug, 'bench', { ...analysis, meta: { ...analysis.meta, slug } });
      }
    }
  });
  const source = searchSource(index);
  const byKind: Record<string, number[]> = {};
  const all: number[] = [];
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const times: number[] = [];
    for (const query of queries) {
      await searchBeads(source, query);
      for (let run = 0; run < RUNS_PER_QUERY; run++) times.push((await timedAsync(() => searchBeads(source, query))).ms);
    }
    byKind[kind] = times;
    all.push(...times);
  }
  await index.close();
  const figures: Figures = {
    documents: analyses.length * copies,
    bytes: statSync(file).size,
    writeMs,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
  };
  console.log(`\n${label}: ${figures.documents} documents`);
  console.log(`  index      ${formatBytes(figures.bytes)} on disk (SQLite, every table)`);
  console.log(`  write      ${figures.writeMs.toFixed(0)} ms`);
  for (const [kind, times] of Object.entries(byKind)) {
    const [p50, p95] = PERCENTILES.map((p) => percentile(times, p).toFixed(2));
    console.log(`  ${kind.padEnd(11)} p50 ${p50} ms, p95 ${p95} ms (${times.length} timings)`);
  }
  console.log(`  all        p50 ${figures.p50.toFixed(2)} ms, p95 ${figures.p95.toFixed(2)} ms`);
  return figures;
}

async function main() {
  const { result: analyses, ms } = timed(() => loadCorpus().map((doc) => analyzeDocument(doc)));
  const queryCount = Object.values(QUERIES).flat().length;
  console.log(`${analyses.length} documents analysed in ${ms.toFixed(0)} ms, ${queryCount} queries`);
  const dir = mkdtempSync(path.join(tmpdir(), 'qp-bench-search-'));
  try {
    const base = await measure('corpus', analyses, 1, dir);
    const large = await measure(`corpus ×${SCALE}`, analyses, SCALE, dir);
    console.log(`\ngrowth ×${SCALE} library:`);
    for (const key of ['bytes', 'writeMs', 'p50', 'p95'] as const)
      console.log(`  ${key.padEnd(10)} ×${(large[key] / base[key]).toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const message = error instanceof CorpusError ? error.message : `bench-search: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(2);
});
