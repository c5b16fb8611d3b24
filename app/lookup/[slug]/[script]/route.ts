import { getLookupCards, getSlugs } from '@/lib/reader';
import { SCRIPTS, parseScript } from '@/lib/script';

// The look-up cards of a reading page: fetched by the pop-up on first use (or when idle), not sent with the page.
// Documents added after the build render on first request; every page is re-rendered in the background
// at most this many seconds after a change on disk (the CLI, a hand edit). Web writes revalidate at once.
export const dynamicParams = true;
export const revalidate = 5;

export function generateStaticParams() {
  return getSlugs().flatMap((slug) => SCRIPTS.map((script) => ({ slug, script })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; script: string }> }) {
  const { slug, script } = await params;
  const cards = getLookupCards(slug, parseScript(script));
  if (!cards) return new Response('Not found', { status: 404 });
  return Response.json(cards);
}
