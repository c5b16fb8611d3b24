import { CSV_LINE_BREAK, toCsvRow } from '@/lib/export';
import type { ReportDocumentView } from '@/lib/reader/notes';
import { SCOPE_LABEL, STATUS_LABEL } from '@/lib/review';

const REPORT_CSV_HEADER = [
  'slug',
  'translation',
  'bead',
  'severity',
  'kind',
  'term',
  'message',
  'status',
  'applies to',
  'reviewer',
  'decided',
  'reason',
  'link',
] as const;

/**
 * Documents' findings with their review, open ones and decisions alike, as a CSV download (the checklist's report),
 * written a document at a time as the download is read, so a library-wide report keeps one document in memory.
 */
export function reportCsvResponse(views: AsyncIterable<ReportDocumentView> | Iterable<ReportDocumentView>, filename: string): Response {
  const chunks = csvChunks(views);
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
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}

async function* csvChunks(views: AsyncIterable<ReportDocumentView> | Iterable<ReportDocumentView>): AsyncGenerator<string> {
  yield toCsvRow(REPORT_CSV_HEADER) + CSV_LINE_BREAK;
  for await (const view of views) {
    const rows = view.items.flatMap((item) =>
      item.notes.map((note) => [
        view.slug,
        view.translation.kind,
        note.bead,
        item.severity,
        item.kind,
        item.label,
        note.message,
        STATUS_LABEL[note.status],
        note.decision ? SCOPE_LABEL[note.decision.scope] : '',
        note.decision?.reviewer ?? '',
        note.decision?.at ?? '',
        note.decision?.reason ?? '',
        note.href,
      ]),
    );
    yield rows.map((row) => toCsvRow(row) + CSV_LINE_BREAK).join('');
  }
}
