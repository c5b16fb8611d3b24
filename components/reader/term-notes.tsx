import type { NoteView, TermNoteView } from '@/lib/reader/types';

const KIND_LABEL: Record<NoteView['kind'], string> = {
  'non-recommended': 'Not the recommended rendering',
  inconsistent: 'Rendered differently elsewhere',
  'shared-rendering': 'Same English for two terms',
  'not-found': 'Rendering not found',
  'number-mismatch': 'Number differs',
};

/** Severity in words, so colour is never the only signal. */
export const SEVERITY_LABEL: Record<NoteView['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** A severity badge: word, symbol and colour (the symbol and colour from .severity in globals.css: repeated on every note, kept out of the HTML). */
export function SeverityBadge({ severity }: { severity: NoteView['severity'] }) {
  return (
    <span className="severity" data-severity={severity}>
      {SEVERITY_LABEL[severity]}
    </span>
  );
}

function TermNoteLine({ note, zhLang }: { note: TermNoteView; zhLang: string }) {
  return (
    <>
      <a href={note.termHref} lang={zhLang} className="text-zh underline underline-offset-2">
        {note.termLabel}
      </a>
      {note.otherTermLabel && (
        <>
          {' '}
          and <span lang={zhLang}>{note.otherTermLabel}</span>
        </>
      )}{' '}
      — here {note.rendering ? <q lang="en">{note.rendering}</q> : <i>not found</i>}, recommended <q lang="en">{note.recommended}</q>
      {note.kind === 'inconsistent' && (
        <>
          {' '}
          (
          <a href={`#t-${note.term}`} className="underline underline-offset-2">
            all renderings here
          </a>
          )
        </>
      )}
    </>
  );
}

/**
 * The note marker beside a bead's English: a disclosure with one line per note, worst first, each with
 * its severity. Kept short on purpose (a long essay has over a hundred): the checklist and the term page
 * hold the whole picture.
 */
export function TermNotes({ notes, zhLang }: { notes: NoteView[]; zhLang: string }) {
  if (notes.length === 0) return null;
  const worst = notes[0]!.severity;
  return (
    <details className="term-notes mb-1 text-sm" data-notes="" data-worst={worst}>
      <summary className="note-marker">
        <span aria-hidden="true">⚑</span> {notes.length} {notes.length === 1 ? 'note' : 'notes'}
        {worst !== 'info' && <span className="sr-only">, worst: {SEVERITY_LABEL[worst]}</span>}
      </summary>
      <ul className="note-list">
        {notes.map((note, i) => (
          // A bead's notes never change order on the page: the index is key enough, and keeps the page light.
          <li key={i} data-note-kind={note.kind}>
            <SeverityBadge severity={note.severity} /> <span className="font-medium">{KIND_LABEL[note.kind]}</span>:{' '}
            {note.kind === 'number-mismatch' ? <span>{note.message}</span> : <TermNoteLine note={note} zhLang={zhLang} />}
          </li>
        ))}
      </ul>
    </details>
  );
}
