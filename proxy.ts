import { NextResponse, type NextRequest } from 'next/server';
import { heavyGate } from '@/lib/admission';
import { isSlug, TRANSLATION_KINDS } from '@/lib/corpus';
import { findGlossaryEntry } from '@/lib/glossary';
import { DEFAULT_SCRIPT, SCRIPTS } from '@/lib/script/names';
import { GLOSSARY_COOKIE, SCRIPT_COOKIE } from '@/lib/ui/preferences';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { userOnlyEntry } from '@/lib/reader/terms';
import { userGlossaryStamp } from '@/lib/reader/user-glossary';
import { isExportFile, isLookupPart } from '@/lib/reader/routes';
import { documentVersion, libraryIndex, libraryVersion } from '@/lib/store';

/** Static pages, named by the build. */
const STATIC_PAGES = new Set(['about', 'import', 'words']);

/**
 * The gatekeeper of the address space, and the router of pages to the cached render of what is on disk now.
 *
 * Every dynamic address is checked here before anything is rendered: a malformed percent escape, an unknown
 * document, term, script, export or version answers the site's 404 page, and so do the internal addresses
 * (`/read/<slug>/<script>/<version>`, …) when asked for from outside. Pages rendered on demand are cached by
 * path, so whatever reaches them must be a path worth caching: an arbitrary variant must not become a new
 * cached render.
 *
 * Pages that show Chinese are rendered once per script: the reader's choice (?script=, else the cookie the
 * script switch sets) picks the variant before the page is served, so the first paint is already in that
 * script. And every cached render is keyed by the version of what it shows, in the library index: a reading
 * page by its document's indexed version, term pages and exports by the library's version. A document added or
 * changed by anyone (the web import, the CLI, a hand-written alignment.tsv) is indexed within a second or two
 * (lib/indexer) and so gets a new path, rendered on its first request; nothing has to be told to revalidate,
 * and unchanged pages stay cached.
 *
 * That path, with the build, also names the response, so the proxy gives its ETag and answers a browser's
 * revalidation with 304 before anything is rendered or read. Next's own ETag (generateEtags, off in
 * next.config.js) hashes the whole page on every request: a fifth of the time a cached reading page took.
 */
export async function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const segments = decodedSegments(url.pathname);
  if (!segments) return notFound(url);
  const [section = '', name = '', ...rest] = segments;
  if (section === 'api') return NextResponse.next();
  if (section === 'search') return heavyGate().full ? busy(url) : NextResponse.next();
  if (section === 'busy') return notFound(url);
  if (STATIC_PAGES.has(section))
    return rest.length > 0 || name ? notFound(url) : revalidated(request, url.pathname, (init) => NextResponse.next(init));
  if (section === 'checklist') {
    const library = (name === '' || name === 'report.csv') && rest.length === 0;
    const document = isSlug(name) && (rest.length === 0 || (rest.length === 1 && rest[0] === 'report.csv'));
    return library || document ? NextResponse.next() : notFound(url);
  }
  const index = await libraryIndex();
  if (section === 'lookup') return lookup(request, url, [name, ...rest], (slug) => documentVersion(index, slug));
  if (rest.length > 0) return notFound(url);
  let routed: string | undefined;
  if (section === 'exports') {
    const translation = chosenTranslation(request);
    if (isExportFile(name) && translation && (translation === 'all' || name === 'notes.csv'))
      routed = `/exports/${name}/${await libraryVersion(index)}/${translation}`;
  } else if (section === 'read') {
    const version = isSlug(name) ? await documentVersion(index, name) : undefined;
    if (version) routed = `/read/${name}/${chosenScript(request)}/${version}`;
  } else if (section === 'terms') {
    const translation = chosenTranslation(request);
    // A term only the uploaded glossary holds is always shown under that upload (its stamp names the render).
    const view = findGlossaryEntry(name) ? chosenGlossaryView(request) : userOnlyEntry(name) ? `.user.${userGlossaryStamp()}` : undefined;
    if (view !== undefined && translation)
      routed = `/terms/${encodeURIComponent(name)}/${chosenScript(request)}/${await libraryVersion(index)}/${translation}${view}`;
  }
  if (!routed) return notFound(url);
  url.pathname = routed;
  return revalidated(request, url.pathname, (init) => NextResponse.rewrite(url, init));
}

/** `/lookup/<slug>/<script>/<version>/<part>`: public (the reading page fetches it), so checked in full. */
async function lookup(
  request: NextRequest,
  url: URL,
  [slug = '', script = '', version = '', part = '', ...rest]: string[],
  versionOf: (slug: string) => Promise<string | undefined>,
) {
  const current = isSlug(slug) ? await versionOf(slug) : undefined;
  const known = SCRIPTS.some((s) => s === script) && isLookupPart(part) && rest.length === 0;
  if (!known || !current || version !== current) return notFound(url);
  return revalidated(request, url.pathname, (init) => NextResponse.next(init));
}

/** The path's segments, percent-decoded; undefined when one holds a malformed escape (Next would answer 500). */
function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** The site's 404 page, rendered once at build time: asking for nonsense adds nothing to the page cache. */
function notFound(url: URL): NextResponse {
  return NextResponse.rewrite(new URL('/_not-found', url), { status: 404 });
}

/**
 * The site's "busy" page with 503 and Retry-After, when the searches waiting for their turn (lib/admission) fill
 * the queue: refused before anything is rendered, which would cost what the queue is there to bound.
 */
function busy(url: URL): NextResponse {
  const headers = { 'retry-after': String(heavyGate().retryAfterSeconds), 'cache-control': 'no-store' };
  return NextResponse.rewrite(new URL('/busy', url), { status: 503, headers });
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

/** A term page's or the notes export's translation filter (?translation=<kind>), "all" without one; undefined for an unknown kind (404). */
function chosenTranslation(request: NextRequest): string | undefined {
  const wanted = request.nextUrl.searchParams.get('translation');
  if (wanted === null || wanted === '') return 'all';
  return TRANSLATION_KINDS.find((kind) => kind === wanted);
}

/**
 * The part of a term page's view naming the reader's glossary choice (?glossary=, else its cookie) when that is an
 * uploaded glossary: the choice and the upload's stamp, so a new upload gets a new path. Empty for the project's.
 */
function chosenGlossaryView(request: NextRequest): string {
  const source = parseGlossarySource(request.nextUrl.searchParams.get('glossary') ?? request.cookies.get(GLOSSARY_COOKIE)?.value);
  const stamp = source === 'project' ? undefined : userGlossaryStamp();
  return stamp ? `.${source}.${stamp}` : '';
}

export const config = {
  matcher: [
    '/read/:path*',
    '/terms/:path+',
    '/exports/:path*',
    '/lookup/:path*',
    '/checklist/:path*',
    '/api/:path*',
    '/about/:path*',
    '/import/:path*',
    '/words/:path*',
    '/search/:path*',
    '/busy/:path*',
  ],
};
