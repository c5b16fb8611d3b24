import type { NoteView } from '@/lib/reader/types';

const KIND_LABEL: Record<NoteView['kind'], string> = {
  'non-recommended': 'Not the recommended rendering',
  inconsistent: 'Rendered differently elsewhere',
  'shared-rendering': 'Same English for two terms',
  'not-found': 'Rendering not found',
};

/**
 * The note marker beside a bead's English: a disclosure with one line per note. Kept short on
 * purpose (a long essay has over a hundred): the term page holds the corpus-wide picture.
 */
export function TermNotes({ notes, zhLang }: { notes: NoteView[]; zhLang: string }) {
  if (notes.length === 0) return null;
  return (
    <details className="term-notes mb-1 text-sm" data-notes="">
      <summary className="note-marker">
        <span aria-hidden="true">⚑</span> {notes.length} terminology {notes.length === 1 ? 'note' : 'notes'}
      </summary>
      <ul className="note-list">
        {notes.map((note, i) => (
          <li key={i} data-note-kind={note.kind}>
            <span className="font-medium">{KIND_LABEL[note.kind]}</span>:{' '}
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
                (<a href={`#t-${note.term}`} className="underline underline-offset-2">all renderings here</a>)
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
