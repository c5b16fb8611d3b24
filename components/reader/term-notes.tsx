import Link from 'next/link';
import type { NoteView, RenderingLink } from '@/lib/reader/types';

const KIND_LABEL: Record<NoteView['kind'], string> = {
  'non-recommended': 'Not the recommended rendering',
  inconsistent: 'Rendered differently elsewhere',
  'shared-rendering': 'Same English for two terms',
  'not-found': 'Rendering not found',
};

function Renderings({ label, links }: { label: string; links: RenderingLink[] }) {
  if (links.length === 0) return null;
  return (
    <p className="mt-1">
      <span className="text-stone-600 dark:text-stone-300">{label}: </span>
      {links.map((r, i) => (
        <span key={r.text}>
          {i > 0 && ', '}
          <Link href={r.href} lang="en" className="underline underline-offset-2">
            {r.text}
          </Link>{' '}
          ×{r.count}
        </span>
      ))}
    </p>
  );
}

/** The note marker beside a bead's English: a disclosure that opens the bead's terminology notes. */
export function TermNotes({ notes, zhLang }: { notes: NoteView[]; zhLang: string }) {
  if (notes.length === 0) return null;
  return (
    <details className="term-notes group mb-1 text-sm" data-notes="">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50">
        <span aria-hidden="true">⚑</span> {notes.length} terminology {notes.length === 1 ? 'note' : 'notes'}
      </summary>
      <ul className="mt-2 space-y-3 rounded border border-amber-200 bg-amber-50 p-3 dark:border-amber-800 dark:bg-stone-800">
        {notes.map((note, i) => (
          <li key={i} data-note-kind={note.kind}>
            <p className="font-medium">
              {KIND_LABEL[note.kind]}:{' '}
              <Link href={note.termHref} lang={zhLang} className="text-zh underline underline-offset-2">
                {note.termLabel}
              </Link>
            </p>
            <p className="mt-1">{note.message}</p>
            <p className="mt-1">
              <span className="text-stone-600 dark:text-stone-300">Here: </span>
              {note.rendering ? <q lang="en">{note.rendering}</q> : <i>not found in the English</i>}
              <span className="text-stone-600 dark:text-stone-300"> · recommended: </span>
              <q lang="en">{note.recommended}</q>
            </p>
            <Renderings label="In this document" links={note.inDocument} />
            <Renderings label="In the corpus" links={note.inCorpus} />
          </li>
        ))}
      </ul>
    </details>
  );
}
