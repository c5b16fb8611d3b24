import { notesCsv } from '@/lib/export';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { parseTranslationKind } from '@/lib/reader/translation';
import { documentNotes } from '@/lib/reader/notes';
import { chosenGlossary } from '@/lib/reader/user-glossary';
import { libraryIndex } from '@/lib/store';
import { streamedDownload } from '../../_lib/stream';

/**
 * Every note of the library as CSV under the reader's glossary choice (?source=user|both), as /exports/notes.csv is
 * under the project's, with ?translation=<kind> of that kind of translation only (404 for an unknown kind): the reading page links here when the notes follow another glossary. Not cached: the
 * uploaded glossary may change at any time.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const source = parseGlossarySource(query.get('source'));
  const wanted = query.get('translation');
  const translation = parseTranslationKind(wanted);
  if (wanted && !translation) return new Response('Not found', { status: 404 });
  const glossary = chosenGlossary(source);
  const response = streamedDownload(
    notesCsv(await libraryIndex(), (doc) => documentNotes(doc, glossary), translation),
    'text/csv',
    `qiushi-parallel-notes-${source}${translation ? `-${translation}` : ''}.csv`,
  );
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
