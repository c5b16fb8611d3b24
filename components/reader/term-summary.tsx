'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { GlossarySource } from '@/lib/glossary/user';
import type { TermSummary } from '@/lib/reader/types';
import { ChosenNotes } from '@/components/checklist/chosen-notes';
import { NotesFilter } from './notes-filter';

/** Colours for up to six renderings of one term, distinguishable and readable in both themes. */
const PALETTE = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#4d7c0f'];
const STRIP_WIDTH = 600;
const STRIP_HEIGHT = 18;

function colourOf(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#57534e';
}

/** Where each rendering of a term occurs along the essay: one tick per bead, coloured by rendering. */
function Strip({ summary, beadCount }: { summary: TermSummary; beadCount: number }) {
  const x = (bead: number) => ((bead - 0.5) / beadCount) * STRIP_WIDTH;
  return (
    <svg
      viewBox={`0 0 ${STRIP_WIDTH} ${STRIP_HEIGHT}`}
      className="h-5 w-full"
      role="group"
      aria-label={`Where each rendering of ${summary.termLabel} occurs along the essay`}
      preserveAspectRatio="none"
    >
      <line x1="0" x2={STRIP_WIDTH} y1={STRIP_HEIGHT / 2} y2={STRIP_HEIGHT / 2} stroke="currentColor" strokeOpacity="0.3" />
      {summary.renderings.flatMap((r, i) =>
        r.beads.map((bead) => (
          <a key={`${i}-${bead}`} href={`#b${bead}`} aria-label={`${r.text}, bead ${bead}`}>
            <rect x={x(bead) - 2} y="1" width="4" height={STRIP_HEIGHT - 2} fill={colourOf(i)} />
          </a>
        )),
      )}
      {summary.notFound.map((bead) => (
        <a key={`nf-${bead}`} href={`#b${bead}`} aria-label={`not found, bead ${bead}`}>
          <rect x={x(bead) - 2} y="5" width="4" height={STRIP_HEIGHT - 10} fill="none" stroke="currentColor" />
        </a>
      ))}
    </svg>
  );
}

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/** The notes CSV of the whole library under the glossary the notes follow. */
const notesCsvHref = (source: GlossarySource) => (source === 'project' ? '/exports/notes.csv' : `/api/glossary/notes.csv?source=${source}`);

/**
 * Summary of a document's terminology: terms with more than one rendering, with counts and where they occur. It is
 * rendered with the project glossary's; when the reader's notes follow another glossary, ChosenNotes brings that
 * glossary's summary and it is shown instead, with the CSV of its notes.
 *
 * One line until opened, so that the text starts on the first screen: `t` toggles it (and focuses it), and an
 * address naming one of its terms (`#t-…`, as a note's "all renderings here" link) opens it on that term.
 */
export function TermSummaryPanel({
  summary,
  beadCount,
  zhLang,
  checklistHref,
  notesHref,
}: {
  summary: TermSummary[];
  beadCount: number;
  zhLang: string;
  /** The document's checklist of notes. */
  checklistHref: string;
  /** Where the notes under another glossary than the project's are fetched (see ChosenNotes). */
  notesHref: string;
}) {
  const [shown, setShown] = useState<{ summary: TermSummary[]; source: GlossarySource }>({ summary, source: 'project' });
  useEffect(() => {
    const details = document.getElementById('terminology');
    if (!(details instanceof HTMLDetailsElement)) return;
    const showHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith('t-')) return;
      details.open = true;
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 't' || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest(TYPING)) return;
      event.preventDefault();
      details.open = !details.open;
      details.querySelector('summary')?.focus();
      if (details.open) details.scrollIntoView({ block: 'nearest' });
    };
    showHash();
    window.addEventListener('hashchange', showHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', showHash);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  const terms = shown.summary;
  return (
    <details
      id="terminology"
      className="group mb-4 rounded-lg border border-stone-200 bg-white px-4 py-2 dark:border-stone-700 dark:bg-stone-800"
      data-term-summary=""
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 py-1 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-90">
          ▶
        </span>
        {/* One line at any width: cut short rather than wrapped. */}
        <h2 id="term-summary" className="min-w-0 truncate text-sm font-semibold">
          Terminology: {terms.length} {terms.length === 1 ? 'term' : 'terms'} rendered several ways
        </h2>
        <span className="hidden shrink-0 text-xs text-stone-600 group-open:hidden sm:inline dark:text-stone-300">
          (<kbd className="rounded border px-1 font-mono">t</kbd>)
        </span>
      </summary>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <a href={checklistHref} className="text-xs font-medium underline underline-offset-2">
          Checklist of notes
        </a>
        <a href={notesCsvHref(shown.source)} className="text-xs underline underline-offset-2">
          Notes as CSV
        </a>
        <NotesFilter />
      </div>
      <ChosenNotes notesHref={notesHref} zhLang={zhLang} onLoaded={setShown} />
      {terms.length > 0 && (
        <ul className="mt-3 space-y-3 pb-2" data-summary-source={shown.source}>
          {terms.map((s) => (
            <li key={s.term} id={`t-${s.term}`} data-summary-term={s.term} className="scroll-mt-20">
              <p className="text-sm">
                <Link href={s.termHref} lang={zhLang} className="text-zh font-semibold underline underline-offset-2">
                  {s.termLabel}
                </Link>
                {': '}
                {s.renderings.map((r, i) => (
                  <span key={r.text} className="mr-2 inline-flex items-center gap-1">
                    <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: colourOf(i) }} />
                    <span lang="en">{r.text}</span> ×{r.count}
                  </span>
                ))}
                {s.notFound.length > 0 && <span className="italic text-stone-600 dark:text-stone-300">not found ×{s.notFound.length}</span>}
              </p>
              <Strip summary={s} beadCount={beadCount} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
