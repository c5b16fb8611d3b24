import { chosenGlossarySource } from '@/app/glossary-choice';
import { toCsv } from '@/lib/export';
import { getChecklistView } from '@/lib/reader/notes';
import { SCOPE_LABEL, STATUS_LABEL } from '@/lib/review';
import { libraryIndex } from '@/lib/store';

const REPORT_CSV_HEADER = [
  'slug',
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

/** A document's findings with their review, open ones and decisions alike, as CSV (the checklist's report). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const view = await getChecklistView(await libraryIndex(), slug, await chosenGlossarySource(undefined), 'hans');
  if (!view) return new Response('Not found', { status: 404 });
  const rows = view.items.flatMap((item) =>
    item.notes.map((note) => [
      slug,
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
  return new Response(toCsv(REPORT_CSV_HEADER, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="qiushi-parallel-review-${slug}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
