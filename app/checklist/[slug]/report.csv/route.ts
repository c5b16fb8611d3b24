import { chosenGlossarySource } from '@/app/glossary-choice';
import { getChecklistView } from '@/lib/reader/notes';
import { libraryIndex } from '@/lib/store';
import { reportCsvResponse } from '../../report';

/** A document's findings with their review, open ones and decisions alike, as CSV (the checklist's report). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const view = await getChecklistView(await libraryIndex(), slug, await chosenGlossarySource(undefined), 'hans');
  if (!view) return new Response('Not found', { status: 404 });
  return reportCsvResponse([view], `qiushi-parallel-review-${slug}.csv`);
}
