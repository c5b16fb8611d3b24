import type { Bead } from '../align';
import { documentBeads } from '../bitext';
import { getCorpus, type CorpusDocument } from '../corpus';
import { findGlossaryEntry } from '../glossary';
import { normalizeRendering } from './english';
import { findOccurrences } from './match';
import type { RenderingCount, TermNote, TermOccurrence } from './types';

export interface AlignedDocument {
  doc: CorpusDocument;
  zh: string[];
  en: string[];
  beads: Bead[];
}

let alignedCache: AlignedDocument[] | undefined;
let occurrenceCache: TermOccurrence[] | undefined;

/** Every bilingual corpus document with its beads (the reader's, from lib/bitext). */
export function getAlignedDocuments(): AlignedDocument[] {
  alignedCache ??= getCorpus().flatMap((doc) =>
    doc.kind === 'bilingual' && doc.zh && doc.en ? [{ doc, zh: doc.zh, en: doc.en, beads: documentBeads(doc) }] : [],
  );
  return alignedCache;
}

/** Glossary-term occurrences of every bilingual corpus document; computed once per process. */
export function getCorpusOccurrences(): TermOccurrence[] {
  occurrenceCache ??= getAlignedDocuments().flatMap(({ doc, zh, en, beads }) => findOccurrences(doc.meta.slug, zh, en, beads));
  return occurrenceCache;
}

/** How a term is rendered, most frequent first; occurrences without a rendering are left out. */
export function renderingsOf(term: string, occurrences: readonly TermOccurrence[] = getCorpusOccurrences()): RenderingCount[] {
  const groups = new Map<string, TermOccurrence[]>();
  for (const o of occurrences) {
    if (o.term !== term || o.rendering === null) continue;
    const key = normalizeRendering(o.rendering);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups].map(([rendering, list]) => ({ rendering, example: mostFrequent(list.map((o) => o.rendering ?? '')), count: list.length, occurrences: list }))
    .sort((a, b) => b.count - a.count || a.rendering.localeCompare(b.rendering));
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best = texts[0] ?? '';
  for (const [text, count] of counts) if (count > (counts.get(best) ?? 0)) best = text;
  return best;
}

const quote = (text: string) => `“${text}”`;

/**
 * Notes for a reader of one document, at most one of each kind per bead, term and rendering:
 * a rendering that is not the recommended one ('non-recommended', or 'inconsistent' when the document
 * renders the term in more than one way), two terms rendered by the same English ('shared-rendering'),
 * and an occurrence whose rendering was not found ('not-found').
 */
export function notesFor(slug: string): TermNote[] {
  const mine = getCorpusOccurrences().filter((o) => o.slug === slug);
  const termsByRendering = new Map<string, Set<string>>();
  for (const o of mine) {
    if (o.rendering === null) continue;
    const key = normalizeRendering(o.rendering);
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
  const add = (note: TermNote) => {
    const key = [note.bead, note.term, note.kind, note.rendering === null ? '' : normalizeRendering(note.rendering), note.otherTerm ?? ''].join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    notes.push(note);
  };

  for (const o of mine) {
    const entry = findGlossaryEntry(o.term);
    if (!entry) continue;
    const all = renderingsInDocument(o.term);
    const base = { slug, bead: o.bead, term: o.term, rendering: o.rendering, recommended: entry.recommended };
    if (o.rendering === null) {
      add({ ...base, kind: 'not-found', others: all, message: `No known rendering of ${o.term} was found in the English of this bead: it is left out or rendered in a way the glossary does not list (recommended: ${quote(entry.recommended)}).` });
      continue;
    }
    const key = normalizeRendering(o.rendering);
    const others = all.filter((r) => r.rendering !== key);
    if (key !== normalizeRendering(entry.recommended)) {
      const inconsistent = others.length > 0;
      add({
        ...base,
        kind: inconsistent ? 'inconsistent' : 'non-recommended',
        others,
        message: inconsistent
          ? `${o.term} is rendered ${quote(o.rendering)} here but ${others.map((r) => quote(r.example)).join(', ')} elsewhere in this document; the glossary recommends ${quote(entry.recommended)}.`
          : `${o.term} is rendered ${quote(o.rendering)}, not the recommended ${quote(entry.recommended)}.`,
      });
    }
    for (const otherTerm of termsByRendering.get(key) ?? []) {
      if (otherTerm === o.term) continue;
      add({ ...base, kind: 'shared-rendering', others, otherTerm, message: `${quote(o.rendering)} renders both ${o.term} and ${otherTerm} in this document, so the English no longer tells them apart.` });
    }
  }
  return notes;
}
