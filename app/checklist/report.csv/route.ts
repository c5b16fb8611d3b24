import { chosenGlossarySource } from '@/app/glossary-choice';
import { libraryReportDocuments } from '@/lib/reader/notes';
import { parseTranslationKind } from '@/lib/reader/translation';
import { libraryIndex } from '@/lib/store';
import { reportCsvResponse } from '../report';

/**
 * The library's findings with their review as CSV, under the reader's glossary choice; ?translation=<kind> keeps the
 * documents whose English is a translation of that kind (404 for an unknown kind). Streamed, document by document.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const wanted = query.get('translation');
  const translation = parseTranslationKind(wanted);
  if (wanted && !translation) return new Response('Not found', { status: 404 });
  const source = await chosenGlossarySource(query.get('glossary') ?? undefined);
  const documents = libraryReportDocuments(await libraryIndex(), source, 'hans', translation);
  return reportCsvResponse(documents, `qiushi-parallel-review${translation ? `-${translation}` : ''}.csv`);
}
