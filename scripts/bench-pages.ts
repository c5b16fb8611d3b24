/**
 * Page weight of the production build: for every prerendered document page, the HTML
 * bytes and the first-load JavaScript (every script the HTML loads), raw and gzip.
 * Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getReadingView, getSlugs } from '../lib/reader';
import { SCRIPTS, type Script } from '../lib/script';
import { BUILD_DIR, hasBuild, NO_BUILD } from './lib/build';
import { formatBytes } from './lib/measure';

const APP_DIR = path.join(BUILD_DIR, 'server', 'app');
const BUDGET_JS_GZIP = 200 * 1024;

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '').filter((src) => src.startsWith('/_next/'));
}

/** Look-up data a reading page carries: the pop-up cards of the words on it (inside its RSC payload). */
function cardBytes(slug: string | undefined, script: Script) {
  const cards = slug ? (getReadingView(slug, script)?.cards ?? []) : [];
  const json = JSON.stringify(cards);
  return { cards: cards.length, raw: Buffer.byteLength(json), gzip: gzipBytes(json) };
}

function measure(route: string, htmlFile: string) {
  const html = readFileSync(htmlFile, 'utf8');
  const scripts = [...new Set(scriptsOf(html))];
  let jsRaw = 0;
  let jsGzip = 0;
  for (const src of scripts) {
    const file = path.join(BUILD_DIR, src.replace(/^\/_next\//, '').split('?')[0] ?? '');
    const body = readFileSync(file);
    jsRaw += body.length;
    jsGzip += gzipBytes(body);
  }
  return { route, htmlRaw: Buffer.byteLength(html), htmlGzip: gzipBytes(html), scripts: scripts.length, jsRaw, jsGzip };
}

if (!hasBuild()) {
  console.error(`bench:pages: ${NO_BUILD}`);
  process.exit(2);
}

const pages: Array<{ route: string; file: string; slug?: string; script: Script }> = [
  { route: '/', file: path.join(APP_DIR, 'index.html'), script: 'hans' },
  ...getSlugs().flatMap((slug) =>
    SCRIPTS.map((script) => ({
      route: `/read/${slug}${script === 'hans' ? '' : `?script=${script}`}`,
      file: path.join(APP_DIR, 'read', slug, `${script}.html`),
      slug,
      script,
    })),
  ),
];

const rows = pages.filter((p) => existsSync(p.file)).map((p) => ({ ...measure(p.route, p.file), data: cardBytes(p.slug, p.script) }));
console.table(
  rows.map((r) => ({
    page: r.route,
    'HTML': formatBytes(r.htmlRaw),
    'HTML gzip': formatBytes(r.htmlGzip),
    scripts: r.scripts,
    'first-load JS': formatBytes(r.jsRaw),
    'first-load JS gzip': formatBytes(r.jsGzip),
    'within 200 KB': r.jsGzip <= BUDGET_JS_GZIP ? 'yes' : 'NO',
    'word cards': r.data.cards,
    'card data': formatBytes(r.data.raw),
    'card data gzip': formatBytes(r.data.gzip),
  })),
);
