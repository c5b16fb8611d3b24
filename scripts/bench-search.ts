/**
 * Benchmarks lib/search on the corpus and on a synthetic corpus 100 times its
 * size (documents repeated under new slugs): index bytes, build time, and
 * query latency over a fixed set of queries of every kind.
 *
 *   npm run bench:search
 */
import { gzipSync } from 'node:zlib';
import { CorpusError, getCorpus } from '../lib/corpus';
import { corpusSearchBeads } from '../lib/reader/search';
import { buildSearchIndex, loadSearchIndex, searchBeads, serializeSearchIndex, type SearchBead } from '../lib/search';
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
  beads: number;
  jsonBytes: number;
  gzipBytes: number;
  buildMs: number;
  loadMs: number;
  p50: number;
  p95: number;
}

function measure(label: string, beads: readonly SearchBead[]): Figures {
  const { result: built, ms: buildMs } = timed(() => buildSearchIndex(beads));
  const json = serializeSearchIndex(built);
  const { result: index, ms: loadMs } = timed(() => loadSearchIndex(json));

  const byKind: Record<string, number[]> = {};
  const all: number[] = [];
  for (const [kind, queries] of Object.entries(QUERIES)) {
    const times: number[] = [];
    for (const query of queries) {
      searchBeads(index, query);
      for (let run = 0; run < RUNS_PER_QUERY; run++) times.push(timed(() => searchBeads(index, query)).ms);
    }
    byKind[kind] = times;
    all.push(...times);
  }

  const figures: Figures = {
    beads: beads.length,
    jsonBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json).length,
    buildMs,
    loadMs,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
  };
  console.log(`\n${label}: ${figures.beads} beads`);
  console.log(`  index      ${formatBytes(figures.jsonBytes)} JSON, ${formatBytes(figures.gzipBytes)} gzip`);
  console.log(`  build      ${figures.buildMs.toFixed(0)} ms; load ${figures.loadMs.toFixed(0)} ms`);
  for (const [kind, times] of Object.entries(byKind)) {
    const [p50, p95] = PERCENTILES.map((p) => percentile(times, p).toFixed(2));
    console.log(`  ${kind.padEnd(11)} p50 ${p50} ms, p95 ${p95} ms (${times.length} timings)`);
  }
  console.log(`  all        p50 ${figures.p50.toFixed(2)} ms, p95 ${figures.p95.toFixed(2)} ms`);
  return figures;
}

async function main() {
  // The beads the site indexes at build time: the reader's alignment and segmentation.
  const beads = corpusSearchBeads();
  const queryCount = Object.values(QUERIES).flat().length;
  console.log(`${getCorpus().length} documents, ${queryCount} queries`);
  const base = measure('corpus', beads);
  const scaled = Array.from({ length: SCALE }, (_, copy) =>
    beads.map((bead) => ({ ...bead, slug: copy === 0 ? bead.slug : `${bead.slug}-copy-${copy}` })),
  ).flat();
  const large = measure(`corpus ×${SCALE}`, scaled);
  console.log(`\ngrowth ×${SCALE} corpus:`);
  for (const key of ['jsonBytes', 'gzipBytes', 'buildMs', 'loadMs', 'p50', 'p95'] as const) {
    console.log(`  ${key.padEnd(10)} ×${(large[key] / base[key]).toFixed(1)}`);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof CorpusError ? error.message : `bench-search: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(2);
});
