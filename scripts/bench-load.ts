/**
 * Load on loopback: `next start`, then autocannon against each page. Prints requests per second, p99
 * latency, errors and non-2xx answers; stops the server when done. Run after `npm run build`.
 *
 * LOAD_BASELINE=DIR also serves the production build of another checkout (an earlier commit, built
 * there) and runs the same pages against it, printing the ratio of requests per second. Machines are
 * noisy (a shared VM's neighbours take CPU for seconds at a time), so both servers are warmed up first
 * and then take turns: LOAD_ROUNDS rounds of LOAD_DURATION_S seconds each, the order flipped every
 * round. The ratio printed is the median of the rounds' ratios.
 */
import autocannon from 'autocannon';
import { percentile, turnOrder } from './lib/measure';
import { serveProductionBuild, type Server } from './lib/serve';

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 10);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3);
const WARM_UP_S = 3;
const CONNECTIONS = 50;
const PAGES = ['/read/qiushi-2024-14-cyber-law', `/terms/${encodeURIComponent('网络法治')}`, `/search?q=${encodeURIComponent('网络强国')}`];
const BASELINE_DIR = process.env.LOAD_BASELINE;

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
