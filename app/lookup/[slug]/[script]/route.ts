import { getLookupCards, getSlugs } from '@/lib/reader';
import { SCRIPTS, parseScript } from '@/lib/script';

// The look-up cards of a reading page: fetched by the pop-up on first use (or when idle), not sent with the page.
// Documents added after the build (the web import, the CLI) render on first request and are then cached;
// web writes revalidate every page at once. No time-based revalidation: regenerating a page takes
// the server's one thread for up to a second, and each page would pay it at its first request after a start.
export const dynamicParams = true;

export function generateStaticParams() {
  return getSlugs().flatMap((slug) => SCRIPTS.map((script) => ({ slug, script })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; script: string }> }) {
  const { slug, script } = await params;
  const cards = getLookupCards(slug, parseScript(script));
  if (!cards) return new Response('Not found', { status: 404 });
  return Response.json(cards);
}
