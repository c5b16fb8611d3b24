import { NextResponse, type NextRequest } from 'next/server';
import { NO_DOCUMENT_VERSION, documentVersionOnDisk, recentCorpusVersionOnDisk } from '@/lib/corpus';
import { DEFAULT_SCRIPT, SCRIPTS } from '@/lib/script/names';
import { SCRIPT_COOKIE } from '@/lib/ui/preferences';

/** Paths that name their response already: look-up data by its document's version, static pages by the build. */
const NAMED_BY_PATH = new Set(['lookup', 'about', 'import', 'words']);

/**
 * Routes a page to the cached render of what is on disk now. Pages that show Chinese are rendered once per
 * script: the reader's choice (?script=, else the cookie the script switch sets) picks the variant before
 * the page is served, so the first paint is already in that script. And every cached render is keyed by
 * the version of what it shows, read from the disk with stats only: a reading page by its document's
 * version, term pages and exports by the corpus version (looked at once a second, and at once after a
 * write made through the server: see recentCorpusVersionOnDisk). A document added or changed by anyone (the web
 * import, the CLI, a hand-written alignment.tsv) therefore gets a new path, rendered on its first request;
 * nothing has to be told to revalidate, and unchanged pages stay cached. The alternative, watching the
 * folders and revalidating through a request to the server itself, would miss changes a watcher misses.
 *
 * That path, with the build, also names the response, so the proxy gives its ETag and answers a browser's
 * revalidation with 304 before anything is rendered or read. Next's own ETag (generateEtags, off in
 * next.config.js) hashes the whole page on every request: a fifth of the time a cached reading page took.
 */
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const [, section = '', name = ''] = url.pathname.split('/');
  if (NAMED_BY_PATH.has(section)) return revalidated(request, url.pathname, (init) => NextResponse.next(init));
  if (section === 'exports') {
    url.pathname = `/exports/${name}/${recentCorpusVersionOnDisk()}`;
  } else {
    // A slug is plain ASCII, so the segment is used as it stands: anything percent-encoded is no slug.
    const version = section === 'read' ? (documentVersionOnDisk(name) ?? NO_DOCUMENT_VERSION) : recentCorpusVersionOnDisk();
    url.pathname = `/${section}/${name}/${chosenScript(request)}/${version}`;
  }
  if (url.pathname.endsWith(`/${NO_DOCUMENT_VERSION}`)) return NextResponse.rewrite(url);
  return revalidated(request, url.pathname, (init) => NextResponse.rewrite(url, init));
}

/**
 * A response named by the path it is served from and the build: 304 when the browser holds it already.
 * Client navigations fetch another representation of the same path (React's payload, `RSC` header): unnamed.
 */
function revalidated(request: NextRequest, path: string, respond: (init: ResponseInit) => NextResponse): NextResponse {
  if (request.headers.has('rsc')) return respond({});
  const headers = { etag: `W/"${process.env.QP_BUILD_STAMP}${path}"` };
  if (request.headers.get('if-none-match')?.includes(headers.etag)) return new NextResponse(null, { status: 304, headers });
  return respond({ headers });
}

function chosenScript(request: NextRequest): string {
  const wanted = [request.nextUrl.searchParams.get('script'), request.cookies.get(SCRIPT_COOKIE)?.value];
  return wanted.find((value) => SCRIPTS.some((script) => script === value)) ?? DEFAULT_SCRIPT;
}

export const config = { matcher: ['/read/:slug', '/terms/:term', '/exports/:file', '/lookup/:path*', '/about', '/import', '/words'] };
