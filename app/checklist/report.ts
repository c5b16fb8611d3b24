import { toCsv } from '@/lib/export';
import type { ChecklistView } from '@/lib/reader/notes';
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

/** Documents' findings with their review, open ones and decisions alike, as a CSV download (the checklist's report). */
export function reportCsvResponse(views: readonly ChecklistView[], filename: string): Response {
  const rows = views.flatMap((view) =>
    view.items.flatMap((item) =>
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
    ),
  );
  return new Response(toCsv(REPORT_CSV_HEADER, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
