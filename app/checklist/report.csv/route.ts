import { chosenGlossarySource } from '@/app/glossary-choice';
import { getLibraryReport } from '@/lib/reader/notes';
import { parseTranslationKind } from '@/lib/reader/translation';
import { libraryIndex } from '@/lib/store';
import { reportCsvResponse } from '../report';

/**
 * The library's findings with their review as CSV, under the reader's glossary choice; ?translation=<kind> keeps the
 * documents whose English is a translation of that kind (404 for an unknown kind).
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const wanted = query.get('translation');
  const translation = parseTranslationKind(wanted);
  if (wanted && !translation) return new Response('Not found', { status: 404 });
  const source = await chosenGlossarySource(query.get('glossary') ?? undefined);
  const report = await getLibraryReport(await libraryIndex(), source, 'hans', translation);
  return reportCsvResponse(report.documents, `qiushi-parallel-review${translation ? `-${translation}` : ''}.csv`);
}
