import { request } from 'node:http';
import { residentBytes, serveProductionBuild } from './lib/serve';
const server = await serveProductionBuild();
const url = new URL(server.url);
const get = (path: string) =>
  new Promise<{ status: number; ms: number; body: string }>((resolve, reject) => {
    const start = performance.now();
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, body }));
    });
    req.on('error', reject);
    req.end();
  });
const cases: Array<[string, string]> = [
  ['/search?q= + wangluo ×17 (119 letters)', '/search?q=' + 'wangluo'.repeat(17)],
  ['/search?q= + wangluo ×20 (140 letters)', '/search?q=' + 'wangluo'.repeat(20)],
  ['/search?q= + wangluo ×24 (168 letters)', '/search?q=' + 'wangluo'.repeat(24)],
  ['/search?q= + a ×5,000', '/search?q=' + 'a'.repeat(5000)],
  ['/read/%ff', '/read/%ff'],
  ['/read/%E0%A4%A', '/read/%E0%A4%A'],
  ['/terms/%ff%fe', '/terms/%ff%fe'],
  ['/read/qiushi-2024-14-cyber-law/zz/1', '/read/qiushi-2024-14-cyber-law/zz/1'],
  ['fuzz: a%00 + a ×9,600 with %aa', '/search?q=a%00aaaaaaaa%aaaaaaaaaaaaaaa%2F' + 'a'.repeat(9600)],
  ['fuzz: a ×9,600', '/search?q=' + 'a'.repeat(9600)],
  ['fuzz: a ×9,600 again', '/search?q=' + 'a'.repeat(9600)],
];
await get('/search?q=wangluo');
const rows = [];
for (const [name, path] of cases) {
  const r = await get(path);
  const note = /data-query-too-long/.test(r.body) ? 'too-long message' : /data-result-count="(\d+)"/.exec(r.body)?.[1] ? `${/data-result-count="(\d+)"/.exec(r.body)?.[1]} results` : /404|not found/i.test(r.body) ? "site's 404 page" : '';
  rows.push({ request: name, status: r.status, ms: Math.round(r.ms), answer: note });
}
console.table(rows);
console.log('alive', server.alive(), 'rss MiB', Math.round(residentBytes(server.pid) / 1048576));
server.stop();
