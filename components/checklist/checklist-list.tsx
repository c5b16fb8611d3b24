'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import type { ChecklistItemView } from '@/lib/reader/notes';
import type { NoteKind, NoteSeverity } from '@/lib/terms/types';
import { SeverityBadge, SEVERITY_LABEL } from '@/components/reader/term-notes';

const KIND_LABEL: Record<NoteKind, string> = {
  'non-recommended': 'Not the recommended rendering',
  inconsistent: 'Rendered in several ways',
  'shared-rendering': 'Same English for two terms',
  'not-found': 'Rendering not found',
  'number-mismatch': 'Number differs',
};
const SEVERITIES: readonly NoteSeverity[] = ['error', 'warning', 'info'];
/** Reviewed notes, by noteId, for every document: one key so that a mark outlives a rebuild. */
export const REVIEWED_KEY = 'qp-reviewed-notes';

function loadReviewed(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(REVIEWED_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function saveReviewed(reviewed: ReadonlySet<string>) {
  try {
    localStorage.setItem(REVIEWED_KEY, JSON.stringify([...reviewed]));
  } catch {
    // Storage may be full or forbidden; the marks still hold on this page.
  }
}

/**
 * The checklist: filters by severity and kind, one group per term and kind, each note a checkbox
 * "reviewed" (kept in localStorage by its stable id) and a link to its bead; a live count of what is left.
 */
export function ChecklistList({
  items,
  bySeverity,
  slug,
  zhLang,
}: {
  items: ChecklistItemView[];
  bySeverity: Record<NoteSeverity, number>;
  slug: string;
  zhLang: string;
}) {
  const id = useId();
  const [severity, setSeverity] = useState<NoteSeverity | 'all'>('all');
  const [kind, setKind] = useState<NoteKind | 'all'>('all');
  const [hideReviewed, setHideReviewed] = useState(false);
  const [reviewed, setReviewed] = useState<Set<string>>(new Set());
  // eslint-disable-next-line react-hooks/set-state-in-effect -- what the browser stored is read after hydration: the server cannot know it
  useEffect(() => setReviewed(loadReviewed()), []);

  const kinds = useMemo(() => [...new Set(items.map((i) => i.kind))], [items]);
  const allIds = useMemo(() => items.flatMap((i) => i.notes.map((n) => n.id)), [items]);
  const left = allIds.filter((noteId) => !reviewed.has(noteId)).length;
  const shown = items.filter((i) => (severity === 'all' || i.severity === severity) && (kind === 'all' || i.kind === kind));

  const toggle = (noteId: string, on: boolean) => {
    const next = new Set(loadReviewed());
    if (on) next.add(noteId);
    else next.delete(noteId);
    saveReviewed(next);
    setReviewed(next);
  };

  const select = 'rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-800';
  return (
    <div className="mt-4" data-checklist={slug}>
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-3 text-sm dark:border-stone-700 dark:bg-stone-800">
        <div className="grid gap-1">
          <label htmlFor={`${id}-severity`} className="font-medium">
            Severity
          </label>
          <select
            id={`${id}-severity`}
            value={severity}
            onChange={(e) => setSeverity(e.target.value as NoteSeverity | 'all')}
            className={select}
          >
            <option value="all">All ({allIds.length})</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s]} ({bySeverity[s]})
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor={`${id}-kind`} className="font-medium">
            Kind
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as NoteKind | 'all')} className={select}>
            <option value="all">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={hideReviewed} onChange={(e) => setHideReviewed(e.target.checked)} />
          Hide reviewed notes
        </label>
        <p className="ml-auto font-medium" aria-live="polite" data-left={left}>
          {left} of {allIds.length} {allIds.length === 1 ? 'note' : 'notes'} left to review
        </p>
      </div>

      <p className="sr-only" aria-live="polite">
        {shown.length} groups shown
      </p>
      {shown.length === 0 ? (
        <p className="mt-4 text-sm">No notes match the filters.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {shown.map((item) => {
            const itemLeft = item.notes.filter((n) => !reviewed.has(n.id)).length;
            return (
              <li
                key={`${item.kind}:${item.label}`}
                className="rounded-lg border border-stone-200 p-3 dark:border-stone-700"
                data-item-kind={item.kind}
                data-severity={item.severity}
              >
                <h2 className="flex flex-wrap items-baseline gap-2 text-base">
                  <SeverityBadge severity={item.severity} />
                  <span className="font-semibold">{KIND_LABEL[item.kind]}</span>
                  {item.termHref ? (
                    <a href={item.termHref} lang={zhLang} className="text-zh underline underline-offset-2">
                      {item.label}
                    </a>
                  ) : (
                    <span lang={item.kind === 'number-mismatch' ? undefined : zhLang}>{item.label}</span>
                  )}
                  <span className="text-sm text-stone-600 dark:text-stone-300">
                    {item.count} {item.count === 1 ? 'note' : 'notes'}, {itemLeft} left
                  </span>
                </h2>
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{item.summary}</p>
                <ul className="mt-2 space-y-1">
                  {item.notes
                    .filter((n) => !hideReviewed || !reviewed.has(n.id))
                    .map((note) => (
                      <li key={note.id} className="flex flex-wrap items-start gap-x-3 gap-y-1 text-sm" data-note-id={note.id}>
                        <label className="flex min-h-6 items-center gap-1.5">
                          <input type="checkbox" checked={reviewed.has(note.id)} onChange={(e) => toggle(note.id, e.target.checked)} />
                          Reviewed
                          <span className="sr-only">
                            : bead {note.bead}, {note.message}
                          </span>
                        </label>
                        <a href={note.href} className="underline underline-offset-2">
                          Bead {note.bead}
                        </a>
                        <span className={reviewed.has(note.id) ? 'text-stone-600 line-through dark:text-stone-300' : ''}>
                          {note.message}
                        </span>
                      </li>
                    ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
