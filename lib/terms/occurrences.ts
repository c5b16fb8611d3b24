import type { Bead } from '../align';
import { documentBeads } from '../bitext';
import { getCorpus, type CorpusDocument } from '../corpus';
import { getGlossary, type GlossaryEntry } from '../glossary';
import { normalizeRendering } from './english';
import { findOccurrences } from './match';
import type { RenderingCount, TermOccurrence } from './types';

export interface AlignedDocument {
  doc: CorpusDocument;
  zh: string[];
  en: string[];
  beads: Bead[];
}

let alignedCache: AlignedDocument[] | undefined;
/** Occurrences per glossary (the project's, or a user's merged one), computed once each. */
const occurrenceCache = new WeakMap<readonly GlossaryEntry[], TermOccurrence[]>();

/** Every bilingual corpus document with its beads (the reader's, from lib/bitext). */
export function getAlignedDocuments(): AlignedDocument[] {
  alignedCache ??= getCorpus().flatMap((doc) =>
    doc.kind === 'bilingual' && doc.zh && doc.en ? [{ doc, zh: doc.zh, en: doc.en, beads: documentBeads(doc) }] : [],
  );
  return alignedCache;
}

/** Glossary-term occurrences of every bilingual corpus document; computed once per process and glossary. */
export function getCorpusOccurrences(glossary: readonly GlossaryEntry[] = getGlossary()): TermOccurrence[] {
  let occurrences = occurrenceCache.get(glossary);
  if (!occurrences) {
    occurrences = getAlignedDocuments().flatMap(({ doc, zh, en, beads }) => findOccurrences(doc.meta.slug, zh, en, beads, glossary));
    occurrenceCache.set(glossary, occurrences);
  }
  return occurrences;
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
