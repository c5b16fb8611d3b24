/**
 * Page weight of the production build, served over the library: for every reading page in every script, the
 * HTML bytes, their ratio to the gzipped text the page shows, the first-load JavaScript (every script the HTML
 * loads), raw and gzip, and what the page fetches: its paragraph markup and its look-up cards. Run after
 * `npm run build`; the library is indexed first, so the server has every page to show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusDirs } from '../lib/corpus';
import { syncLibrary } from '../lib/indexer';
import { SCRIPTS, convertText, type Script } from '../lib/script';
import { documentList, indexedDocument, openLibraryIndex } from '../lib/store';
import { BUILD_DIR, hasBuild, NO_BUILD } from './lib/build';
import { formatBytes } from './lib/measure';
import { serveProductionBuild } from './lib/serve';

const BUDGET_JS_GZIP = 200 * 1024;
/** Goal of issue 9: a reading page's HTML (gzip) at most this many times the gzipped text it shows. */
const BUDGET_HTML_TO_TEXT = 4;

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '').filter((src) => src.startsWith('/_next/'));
}

/** What a reading page fetches: its paragraph markup at once, its look-up cards on first use or when idle. */
async function fetchedBytes(base: string, html: string) {
  const markupHref = /"(\/lookup\/[^"]+\/markup)"/u.exec(html)?.[1];
  if (!markupHref) return { cards: 0, raw: 0, gzip: 0, markupGzip: 0 };
  const markup = await (await fetch(base + markupHref)).text();
  const json = await (await fetch(base + markupHref.replace(/markup$/u, 'cards'))).text();
  return {
    cards: Object.keys(JSON.parse(json) as object).length,
    raw: Buffer.byteLength(json),
    gzip: gzipBytes(json),
    markupGzip: gzipBytes(markup),
  };
}

/** The text a reading page shows (titles and paragraphs in its script), gzipped. */
function textGzip(
  doc: { meta: { title: { zh?: string | undefined; en: string } }; zh: string[] | null; en: string[] | null },
  script: Script,
): number {
  const zh = [doc.meta.title.zh ?? '', ...(doc.zh ?? [])].map((t) => convertText(t, script));
  return gzipBytes([doc.meta.title.en, ...zh, ...(doc.en ?? [])].join('\n\n'));
}

function measure(route: string, html: string) {
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

const index = await openLibraryIndex();
await syncLibrary(index, corpusDirs());
const server = await serveProductionBuild();
const rows = [];
try {
  const home = await (await fetch(`${server.url}/`)).text();
  rows.push({ ...measure('/', home), data: { cards: 0, raw: 0, gzip: 0, markupGzip: 0 }, text: null as number | null });
  for (const { slug } of await documentList(index)) {
    const doc = await indexedDocument(index, slug);
    if (!doc) continue;
    for (const script of SCRIPTS) {
      const route = `/read/${slug}${script === 'hans' ? '' : `?script=${script}`}`;
      const html = await (await fetch(server.url + route)).text();
      rows.push({ ...measure(route, html), data: await fetchedBytes(server.url, html), text: textGzip(doc, script) });
    }
  }
} finally {
  server.stop();
  await index.close();
}
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
