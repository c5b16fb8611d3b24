import { getGlossary, type GlossaryEntry } from '../glossary';
import type { Bead } from '../align';
import { renderingsOf } from './occurrences';
import { normalizeRendering } from './english';
import { numberMismatches } from './numbers';
import type { NoteKind, NoteSeverity, NumberNote, RenderingCount, TermNote, TermOccurrence } from './types';

/**
 * Severity of each kind of note. 'error': the text goes against the chosen glossary (a rendering the
 * glossary does not recommend, used throughout the document) or against its own source (a number that
 * differs between the Chinese and the English). 'warning': worth a look but possibly deliberate — a term
 * rendered several ways in one document (the glossary's choice may be among them or not), or no known
 * rendering found (a paraphrase, an omission, or a rendering the glossary does not list yet). 'info': two
 * terms sharing one English rendering, which loses a distinction but is often the translator's choice.
 */
export const NOTE_SEVERITY: Readonly<Record<NoteKind, NoteSeverity>> = {
  'non-recommended': 'error',
  'number-mismatch': 'error',
  inconsistent: 'warning',
  'not-found': 'warning',
  'shared-rendering': 'info',
};

/** Severities worst first, for sorting. */
export const SEVERITIES: readonly NoteSeverity[] = ['error', 'warning', 'info'];

export interface NotesOptions {
  /** The glossary the notes follow (see selectGlossary). Default: the project's. */
  glossary?: readonly GlossaryEntry[];
  /**
   * Raise every note, as notes were raised before the checklist: renderings compared with their spaces
   * ("cyber power" is not "cyberpower") and not-found for every member of an enumeration. Default false.
   */
  strict?: boolean;
}

const quote = (text: string) => `“${text}”`;

/** Separators of a Chinese enumeration: 道路自信、理论自信、制度自信和文化自信. */
const ENUMERATION = new Set(['、', '和', '与', '及']);
/** Characters the members of an enumeration share at their end (自信) for its English to factor them out. */
const SHARED_ENDING = 2;

/**
 * Whether an occurrence is one member of a Chinese enumeration of terms sharing their ending
 * (道路自信、理论自信、制度自信、文化自信), which English renders by factoring the ending out ("confidence
 * in the path, theory, system and culture"): no listed rendering can match a member, so its rendering
 * not being found is no sign of an omission.
 */
function inSharedEnumeration(o: TermOccurrence, occurrences: readonly TermOccurrence[], zh: string): boolean {
  const ending = o.term.slice(-SHARED_ENDING);
  if (o.term.length <= SHARED_ENDING) return false;
  return occurrences.some(
    (other) =>
      other !== o &&
      other.zh.paragraph === o.zh.paragraph &&
      other.term.length > SHARED_ENDING &&
      other.term.endsWith(ending) &&
      ((other.zh.end + 1 === o.zh.start && ENUMERATION.has(zh[other.zh.end] ?? '')) ||
        (o.zh.end + 1 === other.zh.start && ENUMERATION.has(zh[o.zh.end] ?? ''))),
  );
}

/**
 * The key renderings are compared by: normalised and without spaces, so that "cyber power" is the
 * recommended "cyberpower" and "cyber security" is "cybersecurity" — a spacing, not a rendering, differs.
 */
const compact = (text: string) => normalizeRendering(text).replaceAll(' ', '');

function byTermOf(glossary: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(glossary.map((entry) => [entry.term, entry]));
}

/**
 * Notes for a reader of one document, at most one of each kind per bead, term and rendering:
 * a rendering that is not the recommended one ('non-recommended', or 'inconsistent' when the document
 * renders the term in more than one way), two terms rendered by the same English ('shared-rendering')
 * and an occurrence whose rendering was not found ('not-found'; not raised for a member of an enumeration
 * that English factors, see inSharedEnumeration). Each carries its severity (NOTE_SEVERITY);
 * the number check is numberNotesOf.
 */
export function termNotesOf(slug: string, zh: readonly string[], mine: readonly TermOccurrence[], options: NotesOptions = {}): TermNote[] {
  const byTerm = byTermOf(options.glossary ?? getGlossary());
  const compare = options.strict ? normalizeRendering : compact;
  const termsByRendering = new Map<string, Set<string>>();
  for (const o of mine) {
    if (o.rendering === null) continue;
    const key = compare(o.rendering);
    termsByRendering.set(key, (termsByRendering.get(key) ?? new Set()).add(o.term));
  }
  const renderingsByTerm = new Map<string, RenderingCount[]>();
  const renderingsInDocument = (term: string) => {
    let list = renderingsByTerm.get(term);
    if (!list) renderingsByTerm.set(term, (list = renderingsOf(term, mine)));
    return list;
  };

  const notes: TermNote[] = [];
  const seen = new Set<string>();
  const add = (note: Omit<TermNote, 'severity'>) => {
    const key = [note.bead, note.term, note.kind, note.rendering === null ? '' : compare(note.rendering), note.otherTerm ?? ''].join(
      '\u0000',
    );
    if (seen.has(key)) return;
    seen.add(key);
    notes.push({ ...note, severity: NOTE_SEVERITY[note.kind] });
  };

  for (const o of mine) {
    const entry = byTerm.get(o.term);
    if (!entry) continue;
    const all = renderingsInDocument(o.term);
    const base = { slug, bead: o.bead, term: o.term, rendering: o.rendering, recommended: entry.recommended };
    if (o.rendering === null) {
      if (!options.strict && inSharedEnumeration(o, mine, zh[o.zh.paragraph] ?? '')) continue;
      add({
        ...base,
        kind: 'not-found',
        others: all,
        message: `No known rendering of ${o.term} in the English of this bead (left out, or rendered in a way the glossary does not list); recommended: ${quote(entry.recommended)}.`,
      });
      continue;
    }
    const key = compare(o.rendering);
    const others = all.filter((r) => compare(r.rendering) !== key);
    if (key !== compare(entry.recommended)) {
      const inconsistent = others.length > 0;
      add({
        ...base,
        kind: inconsistent ? 'inconsistent' : 'non-recommended',
        others,
        message: inconsistent
          ? // The other renderings are in `others`, shown once by the reader: the message does not repeat them.
            `${o.term} is rendered ${quote(o.rendering)} here and ${others.length} other ${others.length === 1 ? 'way' : 'ways'} in this document; the glossary recommends ${quote(entry.recommended)}.`
          : `${o.term} is rendered ${quote(o.rendering)}, not the recommended ${quote(entry.recommended)}.`,
      });
    }
    for (const otherTerm of termsByRendering.get(key) ?? []) {
      if (otherTerm === o.term) continue;
      add({
        ...base,
        kind: 'shared-rendering',
        others,
        otherTerm,
        message: `${quote(o.rendering)} renders both ${o.term} and ${otherTerm} in this document: the English no longer tells them apart.`,
      });
    }
  }
  return notes;
}

/** 'number-mismatch' notes of a bilingual text, one per bead, side and value. */
export function numberNotesOf(slug: string, zh: readonly string[], en: readonly string[], beads: readonly Bead[]): NumberNote[] {
  return beads.flatMap((bead, index) => {
    if (bead.zh.length === 0 || bead.en.length === 0) return [];
    const zhText = bead.zh.map((p) => zh[p] ?? '').join('\n');
    const enText = bead.en.map((p) => en[p] ?? '').join('\n');
    return numberMismatches(zhText, enText).map((n): NumberNote => ({
      kind: 'number-mismatch',
      severity: NOTE_SEVERITY['number-mismatch'],
      slug,
      bead: index,
      side: n.side,
      text: n.text,
      value: n.value,
      message:
        n.side === 'zh'
          ? `${n.text} (${n.value}) in the Chinese of this bead has no counterpart in its English.`
          : `${quote(n.text)} in the English of this bead has no counterpart in its Chinese.`,
    }));
  });
}
