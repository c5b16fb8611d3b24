import { glossaryCsv, notesCsv, toSentenceTmx, toTbx, toTmx, type ExportStream } from '@/lib/export';
import { isExportFile, type ExportFile } from '@/lib/reader/routes';
import { libraryIndex, libraryVersion, type IndexDatabase } from '@/lib/store';

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
  const chunks = EXPORTS[file].build(index);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': `${EXPORTS[file].type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="qiushi-parallel-${file}"`,
    },
  });
}
