/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the main pages,
 * in Debian's Chromium against `next start` on loopback. Run after `npm run build`.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium';
import { serveProductionBuild } from './lib/serve';

const PAGES = [
  '/',
  '/read/qiushi-2024-14-cyber-law',
  '/read/scio-2023-internet-rule-of-law-white-paper',
  `/terms/${encodeURIComponent('网络法治')}`,
  `/search?q=${encodeURIComponent('网络强国')}`,
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveProductionBuild();
// Steady state, as a visitor after the first one sees it: the first request of a dynamic page
// loads the search index and the term analysis into the server process.
for (const path of PAGES) await fetch(`${server.url}${path}`);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_FLAGS,
});
try {
  const rows = [];
  const misses: string[] = [];
  for (const path of PAGES) {
    const result = await lighthouse(
      `${server.url}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      {
        extends: 'lighthouse:default',
        settings: { formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' },
      },
    );
    const categories = result?.lhr.categories ?? {};
    // Which audits cost points, so a score below 100 says what to fix.
    for (const category of CATEGORIES) {
      for (const ref of categories[category]?.auditRefs ?? []) {
        const audit = result?.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          const items =
            (audit.details as { items?: Array<{ node?: { selector?: string }; description?: string }> } | undefined)?.items ?? [];
          const where = items
            .slice(0, 3)
            .map((item) => item.node?.selector ?? item.description ?? '')
            .filter(Boolean);
          misses.push(
            `${decodeURIComponent(path)} · ${category} · ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${where.length ? ` — ${where.join(' | ')}` : ''}`,
          );
        }
      }
    }
    rows.push({
      page: decodeURIComponent(path),
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
    });
  }
  console.table(rows);
  if (misses.length > 0) console.log(`audits below full score:\n${misses.join('\n')}`);
} finally {
  chrome.kill();
  server.stop();
}
