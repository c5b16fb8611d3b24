import { getLookupCards } from '@/lib/reader';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { chosenGlossary } from '@/lib/reader/user-glossary';
import { parseScript } from '@/lib/script';
import { libraryIndex } from '@/lib/store';
import { gated } from '@/app/api/_lib/http';

/**
 * A document's look-up cards with their glossary part under the reader's glossary choice (?source=user|both&script=…):
 * fetched by the pop-up instead of its cached cards only when the choice is not the project's.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  const glossary = chosenGlossary(parseGlossarySource(query.get('source')));
  return gated(async () => {
    const cards = await getLookupCards(await libraryIndex(), slug, parseScript(query.get('script')), glossary);
    if (!cards) return new Response('Not found', { status: 404 });
    return Response.json(cards, { headers: { 'Cache-Control': 'no-store' } });
  });
}
