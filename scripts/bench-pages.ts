/**
 * Page weight of the production build: for every prerendered document page, the HTML
 * bytes, their ratio to the gzipped text the page shows, the first-load JavaScript (every
 * script the HTML loads), raw and gzip, and what the page fetches: its paragraph markup and its look-up cards.
 * Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getDocument } from '../lib/corpus';
import { getReadingPages, getLookupCards, getPageMarkup } from '../lib/reader';
import { convertText, type Script } from '../lib/script';
import { BUILD_DIR, hasBuild, NO_BUILD } from './lib/build';
import { formatBytes } from './lib/measure';

const APP_DIR = path.join(BUILD_DIR, 'server', 'app');
const BUDGET_JS_GZIP = 200 * 1024;
/** Goal of issue 9: a reading page's HTML (gzip) at most this many times the gzipped text it shows. */
const BUDGET_HTML_TO_TEXT = 4;

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '').filter((src) => src.startsWith('/_next/'));
}

/** What a reading page fetches: its paragraph markup at once, its look-up cards on first use or when idle. */
function fetchedBytes(slug: string | undefined, script: Script) {
  const cards = slug ? (getLookupCards(slug, script) ?? {}) : {};
  const json = JSON.stringify(cards);
  const markup = slug ? JSON.stringify(getPageMarkup(slug, script) ?? {}) : '{}';
  return { cards: Object.keys(cards).length, raw: Buffer.byteLength(json), gzip: gzipBytes(json), markupGzip: gzipBytes(markup) };
}

/** The text a reading page shows (titles and paragraphs in its script), gzipped. */
function textGzip(slug: string | undefined, script: Script): number | null {
  const doc = slug ? getDocument(slug) : undefined;
  if (!doc) return null;
  const zh = [doc.meta.title.zh ?? '', ...(doc.zh ?? [])].map((t) => convertText(t, script));
  return gzipBytes([doc.meta.title.en, ...zh, ...(doc.en ?? [])].join('\n\n'));
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
  ...getReadingPages().map(({ slug, script, version }) => ({
    route: `/read/${slug}${script === 'hans' ? '' : `?script=${script}`}`,
    file: path.join(APP_DIR, 'read', slug, script, `${version}.html`),
    slug,
    script,
  })),
];

const rows = pages
  .filter((p) => existsSync(p.file))
  .map((p) => ({ ...measure(p.route, p.file), data: fetchedBytes(p.slug, p.script), text: textGzip(p.slug, p.script) }));
console.table(
  rows.map((r) => ({
    page: r.route,
    HTML: formatBytes(r.htmlRaw),
    'HTML gzip': formatBytes(r.htmlGzip),
    'text gzip': r.text === null ? '' : formatBytes(r.text),
    'HTML / text':
      r.text === null ? '' : `${(r.htmlGzip / r.text).toFixed(1)}×${r.htmlGzip / r.text <= BUDGET_HTML_TO_TEXT ? '' : ' (over 4×)'}`,
    scripts: r.scripts,
    'first-load JS': formatBytes(r.jsRaw),
    'first-load JS gzip': formatBytes(r.jsGzip),
    'within 200 KB': r.jsGzip <= BUDGET_JS_GZIP ? 'yes' : 'NO',
    'word cards': r.data.cards,
    'card data': formatBytes(r.data.raw),
    'card data gzip': formatBytes(r.data.gzip),
    'markup gzip': formatBytes(r.data.markupGzip),
  })),
);
