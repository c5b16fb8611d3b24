import { glossaryCsv, notesCsv, toSentenceTmx, toTbx, toTmx } from '@/lib/export';

const EXPORTS: Record<string, { type: string; build: () => string }> = {
  'corpus.tmx': { type: 'application/x-tmx+xml', build: toTmx },
  'corpus-sentences.tmx': { type: 'application/x-tmx+xml', build: toSentenceTmx },
  'glossary.tbx': { type: 'application/x-tbx+xml', build: toTbx },
  'glossary.csv': { type: 'text/csv', build: glossaryCsv },
  'notes.csv': { type: 'text/csv', build: notesCsv },
};

export const dynamicParams = false;
// Built from the whole corpus: re-built in the background at most this many seconds after a change made by
// another process (the CLI); web writes revalidate it at once.
export const revalidate = 60;

export function generateStaticParams() {
  return Object.keys(EXPORTS).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const format = EXPORTS[file];
  if (!format) return new Response('Not found', { status: 404 });
  return new Response(format.build(), {
    headers: {
      'Content-Type': `${format.type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="qiushi-parallel-${file}"`,
    },
  });
}
