import { findGlossaryEntry, getGlossary } from '../glossary';
import { getAlignedDocuments, getCorpusOccurrences, renderingsOf } from './occurrences';
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
interface BeadGrams {
  slug: string;
  bead: number;
  grams: Set<string>;
}

let beadGramCache: BeadGrams[] | undefined;

/** The English n-grams of every aligned bead that has both sides. */
function beadGrams(): BeadGrams[] {
  beadGramCache ??= getAlignedDocuments().flatMap(({ doc, en, beads }) =>
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
  return beadGramCache;
}

const pad = (s: string) => ` ${s} `;
/** Whole-word containment: "cyber law" is contained in "cyber law system". */
const contains = (outer: string, inner: string) => pad(outer).includes(pad(inner));

let otherRenderingCache: Map<string, string[]> | undefined;

/** Normalised recommended renderings and variants of every glossary entry, by term. */
function glossaryRenderings(): Map<string, string[]> {
  otherRenderingCache ??= new Map(getGlossary().map((e) => [e.term, [e.recommended, ...e.variants].map(normalizeRendering)]));
  return otherRenderingCache;
}

/**
 * English n-grams (1–4 words, not beginning or ending with a function word) associated with a term
 * across the aligned beads, by Dice coefficient over beads with and without the term; n-grams within or
 * around a known rendering of the term (glossary or observed), and those holding another term's rendering, are left out. Suggestions only: never merged into the glossary.
 */
export function suggestVariants(term: string): VariantSuggestion[] {
  const entry = findGlossaryEntry(term);
  if (!entry) return [];
  const known = [entry.recommended, ...entry.variants].map(normalizeRendering).concat(renderingsOf(term).map((r) => r.rendering));
  // N-grams holding another term's rendering ("party central committee") say nothing about this term.
  const others = [...glossaryRenderings()].flatMap(([other, renderings]) => (other === term ? [] : renderings));
  const withTerm = new Set(getCorpusOccurrences().filter((o) => o.term === term).map((o) => `${o.slug}#${o.bead}`));
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
  return suggestions.sort((a, b) => b.dice - a.dice || b.beadsBoth - a.beadsBoth || a.ngram.localeCompare(b.ngram)).slice(0, MAX_SUGGESTIONS);
}
