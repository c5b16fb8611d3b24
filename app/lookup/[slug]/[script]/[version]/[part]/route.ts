import { catchUpWith } from '@/lib/corpus';
import { getReadingPages, getLookupCards, getPageMarkup } from '@/lib/reader';
import { parseScript, type Script } from '@/lib/script';
import { isLookupPart, type LookupPart } from '@/lib/reader/routes';

/**
 * What a reading page's pop-up leaf fetches instead of receiving it with the page: the paragraph markup
 * (words, term occurrences, renderings, sentences) as soon as the page is up, the look-up cards on first
 * use or when idle. The page links them with its document's version in the path, so a changed document's
 * data gets a new path, rendered on its first request and then cached.
 */
const PARTS: Record<LookupPart, (slug: string, script: Script) => object | undefined> = {
  markup: getPageMarkup,
  cards: getLookupCards,
};

export const dynamicParams = true;

export function generateStaticParams() {
  return getReadingPages().flatMap((page) => Object.keys(PARTS).map((part) => ({ ...page, part })));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; script: string; version: string; part: string }> },
) {
  const { slug, script, version, part } = await params;
  if (!isLookupPart(part)) return new Response('Not found', { status: 404 });
  const get = PARTS[part];
  catchUpWith(version, slug);
  const data = get(slug, parseScript(script));
  if (!data) return new Response('Not found', { status: 404 });
  return Response.json(data);
}
