'use client';

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { NotesResponse } from '@/lib/reader/notes';
import type { GlossarySource } from '@/lib/glossary/user';
import { TermNotes } from '@/components/reader/term-notes';
import { readGlossaryChoice, SOURCE_LABEL } from './glossary-choice-cookie';

/** Holds the notes drawn for the reader's glossary in a bead, beside the prerendered ones (hidden, not removed: React owns them). */
const CONTAINER = 'data-chosen-notes';

interface Drawn {
  container: HTMLElement;
  notes: NotesResponse['beads'][string];
}

/**
 * The reading page is prerendered with the project glossary's notes. When the reader chose another
 * glossary (a cookie, see readGlossaryChoice), this one leaf fetches the notes under that choice and draws them in
 * place of the prerendered ones; with the default it does nothing, so the page stays as it was built.
 */
export function ChosenNotes({
  notesHref,
  zhLang,
  onLoaded,
}: {
  notesHref: string;
  zhLang: string;
  /** Given the terminology summary under the chosen glossary, and which glossary that is, once they are here. */
  onLoaded: (chosen: { summary: NotesResponse['summary']; source: GlossarySource }) => void;
}) {
  const [source, setSource] = useState<GlossarySource>('project');
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'failed' | { total: number }>('idle');

  useEffect(() => {
    const chosen = readGlossaryChoice();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- what the browser stored is read after hydration: the server cannot know it
    setSource(chosen);
    if (chosen === 'project') return;
    setState('loading');
    let cancelled = false;
    fetch(`${notesHref}&source=${chosen}`)
      .then((response) => (response.ok ? (response.json() as Promise<NotesResponse>) : Promise.reject(new Error(String(response.status)))))
      .then(
        (response) => {
          if (cancelled) return;
          const next: Drawn[] = [];
          for (const bead of document.querySelectorAll<HTMLElement>('[data-bead]')) {
            bead.querySelectorAll<HTMLElement>('[data-notes]:not([data-chosen-notes] *)').forEach((el) => (el.hidden = true));
            const notes = response.beads[bead.dataset.bead ?? ''] ?? [];
            bead.toggleAttribute('data-has-notes', notes.length > 0);
            const cell = bead.querySelector<HTMLElement>('[data-side="en"]');
            if (notes.length === 0 || !cell) continue;
            let container = cell.querySelector<HTMLElement>(`[${CONTAINER}]`);
            if (!container) {
              container = document.createElement('div');
              container.setAttribute(CONTAINER, '');
              cell.prepend(container);
            }
            next.push({ container, notes });
          }
          setDrawn(next);
          setSource(response.source);
          onLoaded({ summary: response.summary, source: response.source });
          setState({ total: response.total });
        },
        () => !cancelled && setState('failed'),
      );
    return () => {
      cancelled = true;
    };
  }, [notesHref, onLoaded]);

  return (
    <>
      <span className="text-xs text-stone-600 dark:text-stone-300" data-glossary-choice={source} aria-live="polite">
        Notes follow: {SOURCE_LABEL[source]}
        {state === 'loading' && ' (loading…)'}
        {state === 'failed' && ' (could not be loaded: the project glossary’s notes are shown)'}
        {typeof state === 'object' && ` (${state.total} ${state.total === 1 ? 'note' : 'notes'})`}
        {' · '}
        <a href="/glossary" className="underline underline-offset-2">
          change
        </a>
      </span>
      {drawn.map(({ container, notes }, i) => createPortal(<TermNotes notes={notes} zhLang={zhLang} />, container, String(i)))}
    </>
  );
}
