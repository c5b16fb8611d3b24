import { getAlignedDocuments, type AlignedDocument } from '../bitext';
import { getGlossary, type GlossaryEntry } from '../glossary';
import { normalizeRendering } from './english';
import { findOccurrences } from './match';
import type { RenderingCount, TermOccurrence } from './types';

/** Occurrences per glossary (the project's, or a user's merged one) and per state of the corpus. */
const occurrenceCache = new WeakMap<readonly GlossaryEntry[], { documents: AlignedDocument[]; occurrences: TermOccurrence[] }>();

/** Glossary-term occurrences of every bilingual corpus document; computed once per glossary and state of the corpus. */
export function getCorpusOccurrences(glossary: readonly GlossaryEntry[] = getGlossary()): TermOccurrence[] {
  const documents = getAlignedDocuments();
  let cached = occurrenceCache.get(glossary);
  if (cached?.documents !== documents) {
    cached = {
      documents,
      occurrences: documents.flatMap(({ doc, zh, en, beads }) => findOccurrences(doc.meta.slug, zh, en, beads, glossary)),
    };
    occurrenceCache.set(glossary, cached);
  }
  return cached.occurrences;
}

/** How a term is rendered, most frequent first; occurrences without a rendering are left out. */
export function renderingsOf(term: string, occurrences: readonly TermOccurrence[] = getCorpusOccurrences()): RenderingCount[] {
  const groups = new Map<string, TermOccurrence[]>();
  for (const o of occurrences) {
    if (o.term !== term || o.rendering === null) continue;
    const key = normalizeRendering(o.rendering);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups]
    .map(([rendering, list]) => ({
      rendering,
      example: mostFrequent(list.map((o) => o.rendering ?? '')),
      count: list.length,
      occurrences: list,
    }))
    .sort((a, b) => b.count - a.count || a.rendering.localeCompare(b.rendering));
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best = texts[0] ?? '';
  for (const [text, count] of counts) if (count > (counts.get(best) ?? 0)) best = text;
  return best;
}
