import { normalizeRendering } from './english';
import { SEVERITIES } from './notes';
import type { CheckNote, NoteKind, NoteSeverity } from './types';

/** One line of a checklist: every note of one kind about one term (or one number) in a document. */
export interface ChecklistItem {
  kind: NoteKind;
  severity: NoteSeverity;
  /** The glossary term, or for 'number-mismatch' the number as it stands ("十九", "9.6 million"). */
  term: string;
  /** Notes in the group. */
  count: number;
  /** 1-based bead numbers, ascending, each once. */
  beads: number[];
  /** `/read/<slug>#b<n>` for each of `beads`. */
  links: string[];
  /** One line for the translator, without repeating any note's message. */
  summary: string;
  notes: CheckNote[];
}

export interface Checklist {
  slug: string;
  /** Notes in all. */
  total: number;
  bySeverity: Record<NoteSeverity, number>;
  /** Worst first: by severity, then most notes, then term. */
  items: ChecklistItem[];
}

const quote = (text: string) => `“${text}”`;

/** The reader's link to a bead (0-based index), as the notes CSV and the checklist give it. */
export function beadLink(slug: string, bead: number): string {
  return `/read/${slug}#b${bead + 1}`;
}

/** A stable id of a note, e.g. for a "reviewed" mark kept in the browser: the same note gets the same id on every build. */
export function noteId(note: CheckNote): string {
  const what = note.kind === 'number-mismatch' ? [note.side, note.text] : [note.term, note.rendering ?? '', note.otherTerm ?? ''];
  return [note.slug, `b${note.bead + 1}`, note.kind, ...what].join(':');
}

const termOf = (note: CheckNote) => (note.kind === 'number-mismatch' ? note.text : note.term);

function summarize(kind: NoteKind, term: string, notes: readonly CheckNote[], beads: readonly number[]): string {
  const inBeads = `${beads.length === 1 ? 'bead' : 'beads'} ${beads.join(', ')}`;
  const first = notes[0];
  if (!first || first.kind === 'number-mismatch') {
    const side = first?.kind === 'number-mismatch' && first.side === 'en' ? 'English' : 'Chinese';
    return `${term} in the ${side} has no counterpart in the other language (${inBeads})`;
  }
  // One form per rendering: "Cyber law" at the start of a sentence is "cyber law".
  const byKey = new Map<string, string>();
  for (const n of notes)
    if (n.kind !== 'number-mismatch' && n.rendering !== null && !byKey.has(normalizeRendering(n.rendering)))
      byKey.set(normalizeRendering(n.rendering), n.rendering);
  const renderings = [...byKey.values()];
  switch (kind) {
    case 'non-recommended':
      return `${term} rendered ${renderings.map(quote).join(', ')}, not the recommended ${quote(first.recommended)} (${inBeads})`;
    case 'inconsistent':
      return `${term} rendered ${renderings.length} ${renderings.length === 1 ? 'way' : 'ways'} besides the recommended ${quote(first.recommended)}: ${renderings.map(quote).join(', ')} (${inBeads})`;
    case 'shared-rendering': {
      const others = [...new Set(notes.flatMap((n) => (n.kind !== 'number-mismatch' && n.otherTerm ? [n.otherTerm] : [])))];
      return `${term} shares ${renderings.map(quote).join(', ')} with ${others.join(', ')} (${inBeads})`;
    }
    default:
      return `${term}: no known rendering found (${inBeads}); recommended ${quote(first.recommended)}`;
  }
}

/** Groups notes by term (or number) and kind, worst first: severity, then most notes, then term. */
export function groupNotes(slug: string, notes: readonly CheckNote[]): ChecklistItem[] {
  const groups = new Map<string, CheckNote[]>();
  for (const note of notes) {
    const key = `${note.kind}\u0000${termOf(note)}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.values()]
    .map((list): ChecklistItem => {
      const first = list[0]!;
      const beads = [...new Set(list.map((n) => n.bead + 1))].sort((a, b) => a - b);
      const term = termOf(first);
      return {
        kind: first.kind,
        severity: first.severity,
        term,
        count: list.length,
        beads,
        links: beads.map((b) => beadLink(slug, b - 1)),
        summary: summarize(first.kind, term, list, beads),
        notes: list,
      };
    })
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        b.count - a.count ||
        a.term.localeCompare(b.term) ||
        a.kind.localeCompare(b.kind),
    );
}

/** A document's notes (terminology and numbers) as a checklist: grouped, worst first, with counts by severity. */
export function checklistFor(slug: string, notes: readonly CheckNote[]): Checklist {
  const bySeverity: Record<NoteSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const note of notes) bySeverity[note.severity] += 1;
  return { slug, total: notes.length, bySeverity, items: groupNotes(slug, notes) };
}
