/**
 * Load on loopback: `next start`, then autocannon against each page. Prints requests per second, p99
 * latency, errors and non-2xx answers; stops the server when done. Run after `npm run build`.
 *
 * LOAD_BASELINE=DIR also serves the production build of another checkout (an earlier commit, built
 * there) and runs the same pages against it, printing the ratio of requests per second. Machines are
 * noisy (a shared VM's neighbours take CPU for seconds at a time), so both servers are warmed up first
 * and then take turns: LOAD_ROUNDS rounds of LOAD_DURATION_S seconds each, the order flipped every
 * round. The ratio printed is the median of the rounds' ratios.
 *
 * `-- --hostile`: a reader loads reading pages one after another for HOSTILE_DURATION_S seconds, first alone,
 * then beside 20 connections of ordinary searches, then beside 20 sending the costliest queries the fuzz test found
 * (tests/browser/fuzz.test.ts); prints the reader's p50 and p95 in each, the floods' answers and the server's peak
 * resident memory. Goals: the server stays up, the reader's p95 within 3× of quiet, memory under 1 GB. A 503 is the
 * heavy-work gate's answer when too many searches wait (lib/admission), counted apart; any other 5xx fails.
 */
import autocannon from 'autocannon';
import { percentile, turnOrder } from './lib/measure';
import { residentBytes, serveProductionBuild, type Server } from './lib/serve';

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 10);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3);
const WARM_UP_S = 3;
const CONNECTIONS = 50;
const PAGES = ['/read/qiushi-2024-14-cyber-law', `/terms/${encodeURIComponent('网络法治')}`, `/search?q=${encodeURIComponent('网络强国')}`];
const BASELINE_DIR = process.env.LOAD_BASELINE;

const HOSTILE_DURATION_S = Number(process.env.HOSTILE_DURATION_S ?? 30);
const HOSTILE_CONNECTIONS = 20;
const READING_PAGES = [
  'qiushi-2024-14-cyber-law',
  'qiushi-2024-14-self-confidence',
  'cyber-rule-of-law-thirty-years',
  'hongqi-2024-16-good-laws-good-governance',
  'network-governance-rule-of-law-2024-10',
  'scio-2023-internet-rule-of-law-white-paper',
].map((slug) => `/read/${slug}`);
const query = (q: string) => `/search?q=${encodeURIComponent(q)}`;
/** The slowest answers of the fuzz test, and the inputs that once took the server down. */
const HOSTILE_PATHS = [
  query('wangluo'.repeat(28)),
  query('wangluo'.repeat(24)),
  query('xian'.repeat(50)),
  query('wang luo '.repeat(22)),
  query('a'.repeat(5_000)),
  query('法治'.repeat(100)),
  query(
    '中华人民共和国网络安全法是为了保障网络安全维护网络空间主权和国家安全社会公共利益保护公民法人和其他组织的合法权益促进经济社会信息化健康发展制定',
  ),
  `/api/glossary/notes/qiushi-2024-14-cyber-law?source=both&script=hant-tw`,
  '/?page=99999999999999999999',
  '/read/%ff',
  `/terms/${'%E7%BD%91'.repeat(1_000)}`,
];

const ORDINARY_PATHS = ['网络强国', 'wangluo qiangguo', 'rule of law', '法治', 'cyberspace governance'].map(query);

/** A reader loading reading pages one after another for `seconds`: each page's time in ms. */
async function reader(server: Server, seconds: number): Promise<{ ms: number[]; failed: number }> {
  const ms: number[] = [];
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const start = performance.now();
    const res = await fetch(`${server.url}${READING_PAGES[i % READING_PAGES.length]}`).catch(() => null);
    await res?.arrayBuffer();
    if (!res?.ok) failed++;
    ms.push(performance.now() - start);
  }
  return { ms, failed };
}

async function hostile(): Promise<boolean> {
  const server = await serveProductionBuild();
  let peakRss = residentBytes(server.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, residentBytes(server.pid))), 200);
  try {
    await reader(server, WARM_UP_S);
    const quiet = await reader(server, HOSTILE_DURATION_S);
    /** The reader beside HOSTILE_CONNECTIONS connections sending `paths` in turn. */
    const beside = async (paths: readonly string[]) => {
      const [flood, loaded] = await Promise.all([
        autocannon({
          url: server.url,
          connections: HOSTILE_CONNECTIONS,
          duration: HOSTILE_DURATION_S,
          requests: paths.map((path) => ({ path })),
        }),
        reader(server, HOSTILE_DURATION_S),
      ]);
      return { flood, loaded };
    };
    // The same number of connections asking ordinary searches: what any crowd costs the reader, for comparison.
    const ordinary = await beside(ORDINARY_PATHS);
    const attack = await beside(HOSTILE_PATHS);
    const alive = server.alive();
    const p95 = (ms: number[]) => Math.round(percentile(ms, 95));
    const busy = (flood: autocannon.Result) => flood.statusCodeStats?.['503']?.count ?? 0;
    const row = (phase: string, run: { ms: number[]; failed: number }, flood?: autocannon.Result) => ({
      phase,
      'reader pages': run.ms.length,
      'reader p50 ms': Math.round(percentile(run.ms, 50)),
      'reader p95 ms': p95(run.ms),
      'p95 vs quiet': `${(p95(run.ms) / p95(quiet.ms)).toFixed(2)}×`,
      'reader failed': run.failed,
      ...(flood && {
        'flood requests': flood.requests.total,
        'flood p99 ms': flood.latency.p99,
        'flood 503 busy': busy(flood),
        'flood other 5xx': flood['5xx'] - busy(flood),
        'flood errors': flood.errors + flood.timeouts,
      }),
    });
    console.log(
      `hostile load: a reader loading ${READING_PAGES.length} reading pages in turn for ${HOSTILE_DURATION_S} s alone, beside ${HOSTILE_CONNECTIONS} connections of ordinary searches, and beside ${HOSTILE_CONNECTIONS} connections sending ${HOSTILE_PATHS.length} hostile requests in turn`,
    );
    console.table([
      row('quiet', quiet),
      row('ordinary searches', ordinary.loaded, ordinary.flood),
      row('hostile requests', attack.loaded, attack.flood),
    ]);
    console.log(`server ${alive ? 'up' : 'DOWN'} at the end; peak resident memory ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
    return alive && attack.flood['5xx'] === busy(attack.flood) && attack.loaded.failed === 0 && peakRss < 1024 * 1024 * 1024;
  } finally {
    clearInterval(sampler);
    server.stop();
  }
}

if (process.argv.includes('--hostile')) {
  if (!(await hostile())) {
    console.error('bench:load --hostile: the server went down, answered 5xx, failed the reader or passed 1 GB');
    process.exit(1);
  }
  process.exit(0);
}

interface Round {
  rps: number;
  p99: number;
  total: number;
  errors: number;
  non2xx: number;
}

async function load(server: Server, path: string, duration: number): Promise<Round> {
  const result = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const builds: Array<{ name: string; server: Server; rounds: Round[] }> = [
  { name: 'this build', server: await serveProductionBuild(), rounds: [] },
];
if (BASELINE_DIR) builds.push({ name: `baseline ${BASELINE_DIR}`, server: await serveProductionBuild(BASELINE_DIR), rounds: [] });
let failed = false;
try {
  const rows = [];
  for (const path of PAGES) {
    for (const build of builds) {
      build.rounds = [];
      await load(build.server, path, WARM_UP_S);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const build of turnOrder(builds, round)) build.rounds.push(await load(build.server, path, DURATION_S));
    }
    for (const { name, rounds } of builds) {
      const sum = (pick: (round: Round) => number) => rounds.reduce((total, round) => total + pick(round), 0);
      failed ||= name === 'this build' && sum((round) => round.errors + round.non2xx) > 0;
      rows.push({
        page: decodeURIComponent(path),
        build: name,
        'req/s (mean)': Math.round(sum((round) => round.rps) / rounds.length),
        'req/s per round': rounds.map((round) => Math.round(round.rps)).join(' '),
        'p99 ms (worst round)': Math.max(...rounds.map((round) => round.p99)),
        requests: sum((round) => round.total),
        errors: sum((round) => round.errors),
        'non-2xx': sum((round) => round.non2xx),
      });
    }
    const [mine, baseline] = builds;
    if (mine && baseline) {
      const ratios = mine.rounds.map((round, index) => round.rps / (baseline.rounds[index]?.rps ?? Number.NaN));
      rows.push({
        page: decodeURIComponent(path),
        build: 'ratio (median of rounds)',
        'req/s (mean)': `${percentile(ratios, 50).toFixed(2)}×`,
      });
    }
  }
  console.log(
    `autocannon: ${CONNECTIONS} connections, loopback; ${WARM_UP_S} s warm-up, then ${ROUNDS} rounds of ${DURATION_S} s per page and build`,
  );
  console.table(rows);
} finally {
  for (const { server } of builds) server.stop();
}
if (failed) {
  console.error('bench:load: some requests failed or answered non-2xx');
  process.exit(1);
}
