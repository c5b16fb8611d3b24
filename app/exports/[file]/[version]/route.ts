import { glossaryCsv, notesCsv, toSentenceTmx, toTbx, toTmx, type ExportStream } from '@/lib/export';
import { isExportFile, type ExportFile } from '@/lib/reader/routes';
import { libraryIndex, libraryVersion, type IndexDatabase } from '@/lib/store';
import { streamedDownload } from '@/app/api/_lib/stream';

const EXPORTS: Record<ExportFile, { type: string; build: (index: IndexDatabase) => ExportStream }> = {
  'corpus.tmx': { type: 'application/x-tmx+xml', build: toTmx },
  'corpus-sentences.tmx': { type: 'application/x-tmx+xml', build: toSentenceTmx },
  'glossary.tbx': { type: 'application/x-tbx+xml', build: toTbx },
  'glossary.csv': { type: 'text/csv', build: glossaryCsv },
  'notes.csv': { type: 'text/csv', build: notesCsv },
};

// Reached through proxy.ts, which adds the library's version to the path (and answers a browser that holds
// it already with 304). Written as it streams, a document at a time, so memory stays flat in a library of any
// size; not cached, since a cache would hold the whole file.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string; version: string }> }) {
  const { file, version } = await params;
  if (!isExportFile(file)) return new Response('Not found', { status: 404 });
  const index = await libraryIndex();
  if ((await libraryVersion(index)) !== version) return new Response('Not found', { status: 404 });
  return streamedDownload(EXPORTS[file].build(index), EXPORTS[file].type, `qiushi-parallel-${file}`);
}
