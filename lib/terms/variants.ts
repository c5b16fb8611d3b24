import type { GlossaryEntry } from '../glossary';
import { STOP_WORDS } from '../english';
import { normalizeRendering, renderingWords } from './english';
import type { VariantSuggestion } from './types';

/** Longest n-gram proposed, in words. */
const MAX_NGRAM = 4;
/** An n-gram must share at least this many beads with the term: one bead is coincidence. */
const MIN_SHARED_BEADS = 2;
/** Suggestions returned per term. */
const MAX_SUGGESTIONS = 10;
/** Example beads kept per suggestion. */
const MAX_EXAMPLES = 3;
const pad = (s: string) => ` ${s} `;
/** Whole-word containment: "cyber law" is contained in "cyber law system". */
const contains = (outer: string, inner: string) => pad(outer).includes(pad(inner));

/** Normalised recommended renderings and variants of every entry, by term, per glossary. */
const otherRenderingCache = new WeakMap<readonly GlossaryEntry[], Map<string, string[]>>();

function glossaryRenderings(glossary: readonly GlossaryEntry[]): Map<string, string[]> {
  let renderings = otherRenderingCache.get(glossary);
  if (!renderings) {
    renderings = new Map(glossary.map((e) => [e.term, [e.recommended, ...e.variants].map(normalizeRendering)]));
    otherRenderingCache.set(glossary, renderings);
  }
  return renderings;
}

/** A bead that holds a term, with its English: where variant n-grams are looked for. */
export interface BeadWithTerm {
  slug: string;
  bead: number;
  en: string;
}

/** The English n-grams (see suggestVariants) of one text. */
export function englishGrams(en: string): Set<string> {
  const grams = new Set<string>();
  const norms = renderingWords(en).map((w) => w.stem);
  for (let i = 0; i < norms.length; i++) {
    for (let n = 1; n <= MAX_NGRAM && i + n <= norms.length; n++) {
      const gram = norms.slice(i, i + n);
      if (STOP_WORDS.has(gram[0] ?? '') || STOP_WORDS.has(gram[gram.length - 1] ?? '')) continue;
      grams.add(gram.join(' '));
    }
  }
  return grams;
}

/**
 * The n-grams that might be unlisted renderings of `term` (1–4 words, not beginning or ending with a function
 * word): those of the beads holding it, shared by at least
 * MIN_SHARED_BEADS of them, that are not within or around a known rendering (`observed` are the renderings seen,
 * normalised) and hold no other term's rendering. Each with the beads it shares with the term.
 */
export function variantCandidates(
  term: string,
  glossary: readonly GlossaryEntry[],
  observed: readonly string[],
  beads: readonly BeadWithTerm[],
): Map<string, Array<{ slug: string; bead: number }>> {
  const entry = glossary.find((e) => e.term === term);
  const candidates = new Map<string, Array<{ slug: string; bead: number }>>();
  if (!entry) return candidates;
  const known = [entry.recommended, ...entry.variants].map(normalizeRendering).concat(observed);
  const others = [...glossaryRenderings(glossary)].flatMap(([other, renderings]) => (other === term ? [] : renderings));
  for (const { slug, bead, en } of beads) {
    for (const gram of englishGrams(en)) candidates.set(gram, [...(candidates.get(gram) ?? []), { slug, bead }]);
  }
  for (const [gram, list] of candidates) {
    const keep =
      list.length >= MIN_SHARED_BEADS &&
      !known.some((k) => contains(k, gram) || contains(gram, k)) &&
      !others.some((k) => contains(gram, k));
    if (!keep) candidates.delete(gram);
  }
  return candidates;
}

/**
 * The best candidates by Dice coefficient over beads: `beadsWithTerm` beads hold the term, `documentFrequency`
 * says how many beads of the library hold each candidate.
 */
export function rankVariants(
  term: string,
  candidates: ReadonlyMap<string, ReadonlyArray<{ slug: string; bead: number }>>,
  beadsWithTerm: number,
  documentFrequency: ReadonlyMap<string, number>,
): VariantSuggestion[] {
  return [...candidates]
    .map(([ngram, beads]): VariantSuggestion => {
      const withGram = Math.max(beads.length, documentFrequency.get(ngram) ?? beads.length);
      return {
        term,
        ngram,
        dice: (2 * beads.length) / (beadsWithTerm + withGram),
        beadsWith: withGram,
        beadsBoth: beads.length,
        examples: beads.slice(0, MAX_EXAMPLES),
      };
    })
    .sort((a, b) => b.dice - a.dice || b.beadsBoth - a.beadsBoth || a.ngram.localeCompare(b.ngram))
    .slice(0, MAX_SUGGESTIONS);
}
