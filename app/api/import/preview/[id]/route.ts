import { lookupCardsOf } from '@/lib/reader';
import { previewParagraphs } from '../store';

/** The look-up cards of a preview's Chinese, fetched by its pop-up on first use like a reading page's. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const zh = previewParagraphs((await params).id);
  if (!zh) return new Response('This preview has expired: press Align again.', { status: 404 });
  return Response.json(lookupCardsOf(zh, 'hans'));
}
