import { getGlossary, type GlossaryEntry } from '../glossary';
import { STOP_WORDS } from '../english';
import { getAlignedDocuments } from '../bitext';
import { getCorpusOccurrences, renderingsOf } from './occurrences';
import { normalizeRendering, renderingWords } from './english';
import type { RenderingCount, VariantSuggestion } from './types';

/** Longest n-gram proposed, in words. */
const MAX_NGRAM = 4;
/** An n-gram must share at least this many beads with the term: one bead is coincidence. */
const MIN_SHARED_BEADS = 2;
/** Suggestions returned per term. */
const MAX_SUGGESTIONS = 10;
/** Example beads kept per suggestion. */
const MAX_EXAMPLES = 3;
interface BeadGrams {
  slug: string;
  bead: number;
  grams: Set<string>;
}

let beadGramCache: { documents: unknown; grams: BeadGrams[] } | undefined;

/** The English n-grams of every aligned bead that has both sides; recomputed when the corpus changes. */
function beadGrams(): BeadGrams[] {
  const documents = getAlignedDocuments();
  if (beadGramCache?.documents === documents) return beadGramCache.grams;
  const all = documents.flatMap(({ doc, en, beads }) =>
    beads.flatMap((bead, index) => {
      if (bead.zh.length === 0 || bead.en.length === 0) return [];
      const grams = new Set<string>();
      for (const p of bead.en) {
        const norms = renderingWords(en[p] ?? '').map((w) => w.stem);
        for (let i = 0; i < norms.length; i++) {
          for (let n = 1; n <= MAX_NGRAM && i + n <= norms.length; n++) {
            const gram = norms.slice(i, i + n);
            if (STOP_WORDS.has(gram[0] ?? '') || STOP_WORDS.has(gram[gram.length - 1] ?? '')) continue;
            grams.add(gram.join(' '));
          }
        }
      }
      return [{ slug: doc.meta.slug, bead: index, grams }];
    }),
  );
  beadGramCache = { documents, grams: all };
  return all;
}

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

/**
 * English n-grams (1–4 words, not beginning or ending with a function word) associated with a term
 * across the aligned beads, by Dice coefficient over beads with and without the term; n-grams within or
 * around a known rendering of the term (glossary or observed), and those holding another term's rendering, are left out. Suggestions only: never merged into the glossary.
 */
export function suggestVariants(term: string, glossary: readonly GlossaryEntry[] = getGlossary()): VariantSuggestion[] {
  const entry = glossary.find((e) => e.term === term);
  if (!entry) return [];
  const occurrences = getCorpusOccurrences(glossary);
  const known = [entry.recommended, ...entry.variants]
    .map(normalizeRendering)
    .concat(renderingsOf(term, occurrences).map((r) => r.rendering));
  // N-grams holding another term's rendering ("party central committee") say nothing about this term.
  const others = [...glossaryRenderings(glossary)].flatMap(([other, renderings]) => (other === term ? [] : renderings));
  const withTerm = new Set(occurrences.filter((o) => o.term === term).map((o) => `${o.slug}#${o.bead}`));
  if (withTerm.size === 0) return [];
  const beadsWith = new Map<string, number>();
  const shared = new Map<string, Array<{ slug: string; bead: number }>>();
  for (const { slug, bead, grams } of beadGrams()) {
    const hasTerm = withTerm.has(`${slug}#${bead}`);
    for (const gram of grams) {
      beadsWith.set(gram, (beadsWith.get(gram) ?? 0) + 1);
      if (hasTerm) shared.set(gram, [...(shared.get(gram) ?? []), { slug, bead }]);
    }
  }
  const suggestions: VariantSuggestion[] = [];
  for (const [ngram, beads] of shared) {
    if (beads.length < MIN_SHARED_BEADS || known.some((k) => contains(k, ngram) || contains(ngram, k))) continue;
    if (others.some((k) => contains(ngram, k))) continue;
    const withGram = beadsWith.get(ngram) ?? 0;
    suggestions.push({
      term,
      ngram,
      dice: (2 * beads.length) / (withTerm.size + withGram),
      beadsWith: withGram,
      beadsBoth: beads.length,
      examples: beads.slice(0, MAX_EXAMPLES),
    });
  }
  return suggestions
    .sort((a, b) => b.dice - a.dice || b.beadsBoth - a.beadsBoth || a.ngram.localeCompare(b.ngram))
    .slice(0, MAX_SUGGESTIONS);
}

/** What the library says about a term's renderings beyond its glossary entry. */
export interface VariantDiscovery {
  term: string;
  /** Renderings from the entry's list found in the aligned documents, most frequent first. */
  listed: RenderingCount[];
  /**
   * English the entry does not list that goes with the term: each suggestion's `beadsBoth` is how many
   * beads hold both (see suggestVariants).
   */
  suggested: VariantSuggestion[];
  /** Occurrences whose English holds none of the listed renderings: untranslated, or rendered in a way not listed. */
  notFound: Array<{ slug: string; bead: number }>;
}

/**
 * Variant discovery for any term of a glossary, a user's new term included: the listed renderings seen,
 * unlisted English suggested as variants, and the occurrences where no rendering was found. Undefined
 * when the glossary does not hold the term.
 */
export function discoverVariants(term: string, glossary: readonly GlossaryEntry[] = getGlossary()): VariantDiscovery | undefined {
  if (!glossary.some((e) => e.term === term)) return undefined;
  const occurrences = getCorpusOccurrences(glossary).filter((o) => o.term === term);
  return {
    term,
    listed: renderingsOf(term, occurrences),
    suggested: suggestVariants(term, glossary),
    notFound: occurrences.filter((o) => o.rendering === null).map((o) => ({ slug: o.slug, bead: o.bead })),
  };
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
 * The n-grams that might be unlisted renderings of `term`: those of the beads holding it, shared by at least
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
    const keep = list.length >= MIN_SHARED_BEADS && !known.some((k) => contains(k, gram) || contains(gram, k)) && !others.some((k) => contains(gram, k));
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
