'use client';

import { useId, useMemo, useState } from 'react';
import type { ChecklistItemView, ChecklistNoteView } from '@/lib/reader/notes';
import type { NoteKind, NoteSeverity } from '@/lib/terms/types';
import type { FindingTarget } from '@/lib/review/types';
import { SCOPE_LABEL, STATUS_LABEL } from '@/lib/review/labels';
import { SeverityBadge, SEVERITY_LABEL } from '@/components/reader/term-notes';
import { DecisionForm } from './decision-form';
import { filterQuery, KIND_LABEL, type ChecklistFilters, type ReviewFilter } from './checklist-filters';

const SEVERITIES: readonly NoteSeverity[] = ['error', 'warning', 'info'];

const isOpen = (note: ChecklistNoteView) => note.status === 'open';

function DecisionSummary({ note }: { note: ChecklistNoteView }) {
  const { decision } = note;
  if (!decision || decision.status === 'open') return <span className="review-status">Open</span>;
  return (
    <span className="review-status review-decided">
      {STATUS_LABEL[decision.status]} ({SCOPE_LABEL[decision.scope].toLowerCase()}
      {decision.reviewer ? `, ${decision.reviewer}` : ''}, <time dateTime={decision.at}>{decision.at.slice(0, 10)}</time>)
      {decision.reason ? `: ${decision.reason}` : ''}
    </span>
  );
}

/**
 * The checklist: filters by severity, kind and review (kept in the URL), one group per term and kind, each
 * finding with its review and a form to decide on it, or on every open finding of its group at once. Decisions
 * are the library's (lib/review), shared by everyone using the server.
 */
export function ChecklistList({
  items,
  bySeverity,
  slug,
  zhLang,
  initialFilters,
}: {
  items: ChecklistItemView[];
  bySeverity: Record<NoteSeverity, number>;
  slug: string;
  zhLang: string;
  initialFilters: ChecklistFilters;
}) {
  const id = useId();
  const [filters, setFilters] = useState<ChecklistFilters>(initialFilters);
  const [deciding, setDeciding] = useState<string | null>(null);

  const setFilter = <K extends keyof ChecklistFilters>(key: K, value: ChecklistFilters[K]) => {
    const next = { ...filters, [key]: value };
    setFilters(next);
    // The filters live in the URL, so a reload, a link or the back button shows the same list.
    window.history.replaceState(null, '', `${window.location.pathname}${filterQuery(next)}`);
  };

  const kinds = useMemo(() => [...new Set(items.map((i) => i.kind))], [items]);
  const all = useMemo(() => items.flatMap((i) => i.notes), [items]);
  const open = all.filter(isOpen).length;
  const byReview = (note: ChecklistNoteView) => filters.review === 'all' || (filters.review === 'open') === isOpen(note);
  const shown = items
    .filter((i) => (filters.severity === 'all' || i.severity === filters.severity) && (filters.kind === 'all' || i.kind === filters.kind))
    .map((item) => ({ item, notes: item.notes.filter(byReview) }))
    .filter(({ notes }) => notes.length > 0);

  const select = 'rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-800';
  const formFor = (key: string, targets: FindingTarget[], label: string) =>
    deciding === key ? (
      <DecisionForm targets={targets} label={label} onDone={() => setDeciding(null)} />
    ) : (
      <button type="button" className="decide-button print:hidden" onClick={() => setDeciding(key)} aria-expanded="false">
        {label}
      </button>
    );

  return (
    <div className="mt-4" data-checklist={slug}>
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-3 text-sm print:hidden dark:border-stone-700 dark:bg-stone-800">
        <div className="grid gap-1">
          <label htmlFor={`${id}-severity`} className="font-medium">
            Severity
          </label>
          <select
            id={`${id}-severity`}
            value={filters.severity}
            onChange={(e) => setFilter('severity', e.target.value as NoteSeverity | 'all')}
            className={select}
          >
            <option value="all">All ({all.length})</option>
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
          <select
            id={`${id}-kind`}
            value={filters.kind}
            onChange={(e) => setFilter('kind', e.target.value as NoteKind | 'all')}
            className={select}
          >
            <option value="all">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor={`${id}-review`} className="font-medium">
            Review
          </label>
          <select
            id={`${id}-review`}
            value={filters.review}
            onChange={(e) => setFilter('review', e.target.value as ReviewFilter)}
            className={select}
          >
            <option value="open">Open ({open})</option>
            <option value="decided">Decided ({all.length - open})</option>
            <option value="all">All ({all.length})</option>
          </select>
        </div>
        <p className="ml-auto font-medium" aria-live="polite" data-open={open}>
          {open} of {all.length} {all.length === 1 ? 'finding' : 'findings'} open
        </p>
      </div>

      <p className="sr-only" aria-live="polite">
        {shown.length} groups shown
      </p>
      {shown.length === 0 ? (
        <p className="mt-4 text-sm" data-nothing-shown="">
          No findings match the filters.
        </p>
      ) : (
        <ol className="mt-4 space-y-4">
          {shown.map(({ item, notes }) => {
            const groupKey = `${item.kind}:${item.label}`;
            const openTargets = item.notes.filter(isOpen).map((n) => n.target);
            return (
              <li
                key={groupKey}
                className="rounded-lg border border-stone-200 p-3 dark:border-stone-700"
                data-item-kind={item.kind}
                data-severity={item.severity}
                data-item-term={item.label}
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
                    {item.count} {item.count === 1 ? 'finding' : 'findings'}, {openTargets.length} open
                  </span>
                </h2>
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{item.summary}</p>
                {openTargets.length > 1 && (
                  <div className="mt-2">
                    {formFor(groupKey, openTargets, `Decide on the ${openTargets.length} open findings of this group`)}
                  </div>
                )}
                <ul className="mt-2 space-y-2">
                  {notes.map((note) => (
                    <li key={note.id} className="text-sm" data-note-id={note.id} data-status={note.status}>
                      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                        <a href={note.href} className="underline underline-offset-2">
                          Bead {note.bead}
                        </a>
                        <span className={isOpen(note) ? '' : 'text-stone-600 dark:text-stone-300'}>{note.message}</span>
                        <DecisionSummary note={note} />
                      </div>
                      <div className="mt-1">{formFor(note.id, [note.target], isOpen(note) ? 'Decide' : 'Change the decision')}</div>
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
