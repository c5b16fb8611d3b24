import { getNotes } from '@/lib/reader/notes';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { parseScript } from '@/lib/script';
import { libraryIndex } from '@/lib/store';
import { gated } from '@/app/api/_lib/http';

/**
 * A document's notes under the reader's glossary choice (?source=user|both&script=…): fetched by the
 * reading page only when the choice is not the project's, so the prerendered pages stay as they are.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  return gated(async () => {
    const notes = await getNotes(await libraryIndex(), slug, parseGlossarySource(query.get('source')), parseScript(query.get('script')));
    if (!notes) return new Response('Not found', { status: 404 });
    return Response.json(notes, { headers: { 'Cache-Control': 'no-store' } });
  });
}
