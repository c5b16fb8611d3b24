import { catchUpWith } from '@/lib/corpus';
import { getDocumentVersions, getLookupCards } from '@/lib/reader';
import { SCRIPTS, parseScript } from '@/lib/script';

// The look-up cards of a reading page: fetched by the pop-up on first use (or when idle), not sent with the
// page. The page links them with its document's version in the path, so a changed document's cards get a
// new path, rendered on its first request and then cached.
export const dynamicParams = true;

export function generateStaticParams() {
  return getDocumentVersions().flatMap(({ slug, version }) => SCRIPTS.map((script) => ({ slug, script, version })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; script: string; version: string }> }) {
  const { slug, script, version } = await params;
  catchUpWith(version, slug);
  const cards = getLookupCards(slug, parseScript(script));
  if (!cards) return new Response('Not found', { status: 404 });
  return Response.json(cards);
}
