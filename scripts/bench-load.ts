/**
 * Load on loopback: `next start`, then autocannon for a fixed time per page, one page after
 * the other. Prints requests per second, p99 latency, errors and non-2xx answers; stops the
 * server when done. Run after `npm run build`.
 */
import autocannon from 'autocannon';
import { serveProductionBuild } from './lib/serve';

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 20);
const CONNECTIONS = 50;
const PAGES = ['/read/qiushi-2024-14-cyber-law', `/terms/${encodeURIComponent('网络法治')}`, `/search?q=${encodeURIComponent('网络强国')}`];

const server = await serveProductionBuild();
let failed = false;
try {
  const rows = [];
  for (const path of PAGES) {
    const result = await autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: DURATION_S });
    const bad = result.errors + result.timeouts + result.non2xx;
    failed ||= bad > 0;
    rows.push({
      page: decodeURIComponent(path),
      'req/s (mean)': Math.round(result.requests.average),
      'p99 ms': result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.timeouts,
      'non-2xx': result.non2xx,
    });
  }
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per page, loopback`);
  console.table(rows);
} finally {
  server.stop();
}
if (failed) {
  console.error('bench:load: some requests failed or answered non-2xx');
  process.exit(1);
}
