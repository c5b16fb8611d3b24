/**
 * Load on loopback: `next start`, then autocannon for a fixed time per page, one page after
 * the other. Prints requests per second, p99 latency, errors and non-2xx answers; stops the
 * server when done. Run after `npm run build`.
 *
 * LOAD_BASELINE=DIR also serves the production build of another checkout (an earlier commit,
 * built there) and runs the same pages against it in the same run, printing the ratio of
 * requests per second: machines are noisy, so only figures of one run compare.
 */
import autocannon from 'autocannon';
import { serveProductionBuild, type Server } from './lib/serve';

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 20);
const CONNECTIONS = 50;
const PAGES = ['/read/qiushi-2024-14-cyber-law', `/terms/${encodeURIComponent('网络法治')}`, `/search?q=${encodeURIComponent('网络强国')}`];
const BASELINE_DIR = process.env.LOAD_BASELINE;

async function load(server: Server, path: string) {
  const result = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: DURATION_S });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const servers: Array<{ name: string; server: Server }> = [{ name: 'this build', server: await serveProductionBuild() }];
if (BASELINE_DIR) servers.push({ name: `baseline ${BASELINE_DIR}`, server: await serveProductionBuild(BASELINE_DIR) });
let failed = false;
try {
  const rows = [];
  for (const path of PAGES) {
    const results = [];
    for (const { name, server } of servers) {
      const result = await load(server, path);
      failed ||= name === 'this build' && result.errors + result.non2xx > 0;
      results.push(result);
      rows.push({
        page: decodeURIComponent(path),
        build: name,
        'req/s (mean)': Math.round(result.rps),
        'p99 ms': result.p99,
        requests: result.total,
        errors: result.errors,
        'non-2xx': result.non2xx,
      });
    }
    const [mine, baseline] = results;
    if (mine && baseline)
      rows.push({ page: decodeURIComponent(path), build: 'ratio', 'req/s (mean)': `${(mine.rps / baseline.rps).toFixed(2)}×` });
  }
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per page and build, loopback`);
  console.table(rows);
} finally {
  for (const { server } of servers) server.stop();
}
if (failed) {
  console.error('bench:load: some requests failed or answered non-2xx');
  process.exit(1);
}
