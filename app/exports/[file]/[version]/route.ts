import { catchUpWith, corpusVersion } from '@/lib/corpus';
import { isExportFile, type ExportFile } from '@/lib/reader/routes';
import { glossaryCsv, notesCsv, toSentenceTmx, toTbx, toTmx } from '@/lib/export';

const EXPORTS: Record<ExportFile, { type: string; build: () => string }> = {
  'corpus.tmx': { type: 'application/x-tmx+xml', build: toTmx },
  'corpus-sentences.tmx': { type: 'application/x-tmx+xml', build: toSentenceTmx },
  'glossary.tbx': { type: 'application/x-tbx+xml', build: toTbx },
  'glossary.csv': { type: 'text/csv', build: glossaryCsv },
  'notes.csv': { type: 'text/csv', build: notesCsv },
};

// Reached through proxy.ts, which adds the corpus version on disk to the path: after any change an export
// gets a new path, built on its first request and then cached.
export const dynamicParams = true;

export function generateStaticParams() {
  const version = corpusVersion();
  return Object.keys(EXPORTS).map((file) => ({ file, version }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string; version: string }> }) {
  const { file, version } = await params;
  if (!isExportFile(file)) return new Response('Not found', { status: 404 });
  const format = EXPORTS[file];
  catchUpWith(version);
  return new Response(format.build(), {
    headers: {
      'Content-Type': `${format.type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="qiushi-parallel-${file}"`,
    },
  });
}
