import { notesCsv } from '@/lib/export';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { documentNotes } from '@/lib/reader/notes';
import { chosenGlossary } from '@/lib/reader/user-glossary';
import { libraryIndex } from '@/lib/store';
import { streamedDownload } from '../../_lib/stream';

/**
 * Every note of the library as CSV under the reader's glossary choice (?source=user|both), as /exports/notes.csv is
 * under the project's: the reading page links here when the notes follow another glossary. Not cached: the
 * uploaded glossary may change at any time.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const source = parseGlossarySource(new URL(request.url).searchParams.get('source'));
  const glossary = chosenGlossary(source);
  const response = streamedDownload(
    notesCsv(await libraryIndex(), (doc) => documentNotes(doc, glossary)),
    'text/csv',
    `qiushi-parallel-notes-${source}.csv`,
  );
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
