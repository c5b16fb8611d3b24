import { glossaryCsv, notesCsv, toSentenceTmx, toTbx, toTmx, type ExportStream } from '@/lib/export';
import type { TranslationKind } from '@/lib/corpus';
import { isExportFile, type ExportFile } from '@/lib/reader/routes';
import { parseTranslationKind } from '@/lib/reader/translation';
import { libraryIndex, libraryVersion, type IndexDatabase } from '@/lib/store';
import { streamedDownload } from '@/app/api/_lib/stream';

/** Each export; only the notes can be restricted to one kind of translation (`translation`). */
const EXPORTS: Record<ExportFile, { type: string; build: (index: IndexDatabase, translation?: TranslationKind) => ExportStream }> = {
  'corpus.tmx': { type: 'application/x-tmx+xml', build: toTmx },
  'corpus-sentences.tmx': { type: 'application/x-tmx+xml', build: toSentenceTmx },
  'glossary.tbx': { type: 'application/x-tbx+xml', build: toTbx },
  'glossary.csv': { type: 'text/csv', build: glossaryCsv },
  'notes.csv': { type: 'text/csv', build: (index, translation) => notesCsv(index, undefined, translation) },
};

// Reached through proxy.ts, which adds the library's version and the translation filter (?translation=<kind>, else
// "all"; notes.csv only) to the path, and answers a browser that holds it already with 304. Written as it streams,
// a document at a time, so memory stays flat in a library of any size; not cached, since a cache would hold the
// whole file.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string; version: string; translation: string }> }) {
  const { file, version, translation } = await params;
  const kind = parseTranslationKind(translation);
  if (!isExportFile(file) || (translation !== 'all' && (!kind || file !== 'notes.csv'))) return new Response('Not found', { status: 404 });
  const index = await libraryIndex();
  if ((await libraryVersion(index)) !== version) return new Response('Not found', { status: 404 });
  const name = kind ? file.replace('.csv', `-${kind}.csv`) : file;
  return streamedDownload(EXPORTS[file].build(index, kind), EXPORTS[file].type, `qiushi-parallel-${name}`);
}
