import { getLookupCards, getPageMarkup } from '@/lib/reader';
import { isLookupPart, type LookupPart } from '@/lib/reader/routes';
import { parseScript, type Script } from '@/lib/script';
import { documentVersion, libraryIndex, type IndexDatabase } from '@/lib/store';

/**
 * What a reading page's pop-up leaf fetches instead of receiving it with the page: the paragraph markup
 * (words, term occurrences, renderings, sentences) as soon as the page is up, the look-up cards on first
 * use or when idle. The page links them with its document's version in the path (checked by the proxy),
 * so a changed document's data gets a new path, rendered on its first request and then cached.
 */
const PARTS: Record<LookupPart, (index: IndexDatabase, slug: string, script: Script) => Promise<object | undefined>> = {
  markup: getPageMarkup,
  cards: getLookupCards,
};

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; script: string; version: string; part: string }> },
) {
  const { slug, script, version, part } = await params;
  if (!isLookupPart(part)) return new Response('Not found', { status: 404 });
  const index = await libraryIndex();
  if ((await documentVersion(index, slug)) !== version) return new Response('Not found', { status: 404 });
  const data = await PARTS[part](index, slug, parseScript(script));
  if (!data) return new Response('Not found', { status: 404 });
  return Response.json(data);
}
