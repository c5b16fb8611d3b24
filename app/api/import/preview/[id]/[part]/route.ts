import { lookupCardsOf } from '@/lib/reader';
import { libraryIndex } from '@/lib/store';
import { keptPreview } from '../../store';

/** A preview's paragraph markup and look-up cards, fetched by its pop-up leaf like a reading page's. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; part: string }> }) {
  const { id, part } = await params;
  const preview = keptPreview(id);
  if (!preview) return new Response('This preview has expired: press Align again.', { status: 404 });
  if (part === 'markup') return Response.json(preview.markup);
  if (part === 'cards') return Response.json(await lookupCardsOf(await libraryIndex(), preview.paragraphs, preview.script));
  return new Response('Not found', { status: 404 });
}
