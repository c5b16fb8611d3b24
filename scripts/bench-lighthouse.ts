/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the main pages,
 * in Debian's Chromium against `next start` on loopback. Run after `npm run build`.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveProductionBuild } from './lib/serve';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  '/',
  '/read/qiushi-2024-14-cyber-law',
  '/read/scio-2023-internet-rule-of-law-white-paper',
  `/terms/${encodeURIComponent('网络法治')}`,
  `/search?q=${encodeURIComponent('网络强国')}`,
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveProductionBuild();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const rows = [];
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' } });
    const categories = result?.lhr.categories ?? {};
    rows.push({
      page: decodeURIComponent(path),
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
    });
  }
  console.table(rows);
} finally {
  chrome.kill();
  server.stop();
}
