import type { Bead } from '../align';
import { findGlossaryEntry, getGlossary, type GlossaryEntry } from '../glossary';
import { placedTokens, type Span } from '../segment';
import { findRenderingSpans, holdsRendering, normalizeRendering, overlaps, renderingPatterns, renderingWords } from './english';
import type { TermOccurrence } from './types';

/**
 * Cost of leaving an occurrence without a rendering, against a match's cost: the distance (0–1) between
 * where the term stands in the Chinese and the rendering in the English, each relative to its side of the
 * bead. At 1 a rendering anywhere in the bead is taken rather than none.
 */
const UNMATCHED_COST = 1;
/**
 * Added to a match whose English span another term of the bead could also claim ("rule of law in
 * cyberspace" holds 网络空间's "cyberspace"): of two nearly equidistant candidates, the uncontested wins.
 */
const CONTESTED_COST = 0.1;
/**
 * Added to a match that is only a listed variant, neither the recommended rendering nor a published
 * one: of "the Chinese people and the Chinese nation", 中华民族 takes "Chinese nation".
 */
const VARIANT_COST = 0.1;

interface Place {
  paragraph: number;
  start: number;
  end: number;
  /** Relative position of the middle of the span in its side of the bead, 0–1. */
  at: number;
}

interface Candidate extends Place {
  /** Another term of the bead has a candidate overlapping this one. */
  contested: boolean;
  /** The match is neither the recommended rendering nor one the entry's published sources use. */
  variant: boolean;
}

/** Rendering patterns of an entry, computed once per entry. */
const patternCache = new WeakMap<GlossaryEntry, string[][]>();

export function patternsOf(entry: GlossaryEntry): string[][] {
  let patterns = patternCache.get(entry);
  if (!patterns) {
    patterns = renderingPatterns(entry);
    patternCache.set(entry, patterns);
  }
  return patterns;
}

/** Places of whole-word glossary terms (segmentation tokens) in the Chinese side of a bead, by term. */
function chinesePlaces(
  paragraphs: readonly number[],
  zh: readonly string[],
  byTerm: ReadonlyMap<string, GlossaryEntry>,
  extraTerms: readonly string[],
) {
  const total = paragraphs.reduce((sum, p) => sum + (zh[p]?.length ?? 0), 0);
  const places = new Map<string, Place[]>();
  let base = 0;
  for (const paragraph of paragraphs) {
    const text = zh[paragraph] ?? '';
    for (const { kind, text: word, start, end } of placedTokens(text, { extraTerms })) {
      if (kind !== 'word' || !byTerm.has(word)) continue;
      const list = places.get(word) ?? [];
      list.push({ paragraph, start, end, at: (base + (start + end) / 2) / total });
      places.set(word, list);
    }
    base += text.length;
  }
  return places;
}

/**
 * One-to-one assignment of renderings to occurrences that keeps reading order on both sides and
 * minimises the distance in relative position (a monotone alignment by dynamic programming).
 * Returns, for each occurrence, the index of its candidate or -1.
 */
export function assignInOrder(occurrences: readonly number[], candidates: readonly number[], penalties: readonly number[] = []): number[] {
  const n = occurrences.length;
  const m = candidates.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  // 0: matched, 1: occurrence left without rendering, 2: candidate left unused.
  const move = new Uint8Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let how = 0;
      if (i > 0 && j > 0) {
        best = cost[(i - 1) * width + j - 1]! + Math.abs(occurrences[i - 1]! - candidates[j - 1]!) + (penalties[j - 1] ?? 0);
      }
      if (i > 0 && cost[(i - 1) * width + j]! + UNMATCHED_COST < best) {
        best = cost[(i - 1) * width + j]! + UNMATCHED_COST;
        how = 1;
      }
      if (j > 0 && cost[i * width + j - 1]! < best) {
        best = cost[i * width + j - 1]!;
        how = 2;
      }
      cost[i * width + j] = best;
      move[i * width + j] = how;
    }
  }
  const assigned = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0 || j > 0;) {
    const how = move[i * width + j];
    if (how === 0) assigned[--i] = --j;
    else if (how === 1) i--;
    else j--;
  }
  return assigned;
}

function englishCandidates(paragraphs: readonly number[], en: readonly string[], patterns: readonly (readonly string[])[]): Place[] {
  const total = paragraphs.reduce((sum, p) => sum + (en[p]?.length ?? 0), 0);
  const places: Place[] = [];
  let base = 0;
  for (const paragraph of paragraphs) {
    const text = en[paragraph] ?? '';
    for (const span of findRenderingSpans(renderingWords(text), patterns, text)) {
      places.push({ paragraph, ...span, at: (base + (span.start + span.end) / 2) / total });
    }
    base += text.length;
  }
  return places;
}

const spanLength = (span: Span) => span.end - span.start;
const compact = (text: string) => normalizeRendering(text).replaceAll(' ', '');
const samePlace = (a: Place, b: Place) => a.paragraph === b.paragraph && overlaps(a, b);

/**
 * Every whole-word occurrence of a glossary term in the Chinese of the beads, with the English words
 * that render it in the bead's English: the entry's recommended rendering or a variant, tolerant of case,
 * plural, articles, hyphens and "A of B" ~ "B A". Renderings are assigned one to one in reading order;
 * no English span is claimed twice, and the term whose rendering is longest claims first, so "rule of law
 * in cyberspace" goes to 网络法治 before "cyberspace" can go to 网络空间.
 */
export function findOccurrences(
  slug: string,
  zh: readonly string[],
  en: readonly string[],
  beads: readonly Bead[],
  glossary: readonly GlossaryEntry[] = getGlossary(),
): TermOccurrence[] {
  const byTerm = new Map(glossary.map((entry) => [entry.term, entry]));
  // Project terms are in the segmenter's dictionary already; a user's new terms must be kept whole too.
  const extraTerms = glossary.filter((entry) => !findGlossaryEntry(entry.term)).map((entry) => entry.term);
  const occurrences: TermOccurrence[] = [];
  beads.forEach((bead, index) => {
    if (bead.zh.length === 0) return;
    const places = chinesePlaces(bead.zh, zh, byTerm, extraTerms);
    // A pair of terms in one bead: the English that is one term's recommended rendering is that term's,
    // not another's variant (网络安全's "cybersecurity" is not 网信's "cyber security" when both stand here).
    const owners = new Map([...places.keys()].map((term) => [compact(byTerm.get(term)!.recommended), term]));
    const ownedByAnother = (term: string, c: Place) => {
      const owner = owners.get(compact((en[c.paragraph] ?? '').slice(c.start, c.end)));
      return owner !== undefined && owner !== term;
    };
    // A variant that renders two terms of the bead is theirs, not a rendering of either or of a third
    // ("cyber security and informatization" is 网络安全 and 信息化, not 网信; "independence and
    // self-reliance" is 独立自主 and 自力更生): the terms' own renderings are looked for instead.
    const pairPattern = (term: string, pattern: readonly string[]) => {
      const text = pattern.join(' ');
      const others = [...places.keys()].filter(
        (other) => other !== term && !term.includes(other) && holdsRendering(text, byTerm.get(other)!.recommended),
      ).length;
      return others >= 2 || (others >= 1 && holdsRendering(text, byTerm.get(term)!.recommended));
    };
    const found = [...places.keys()].map((term) => ({
      term,
      candidates: englishCandidates(
        bead.en,
        en,
        patternsOf(byTerm.get(term)!).filter((pattern) => !pairPattern(term, pattern)),
      ).filter((c) => !ownedByAnother(term, c)),
    }));
    const terms = found.map(({ term, candidates }) => {
      const entry = byTerm.get(term)!;
      const preferred = [entry.recommended, ...(entry.attestations ?? []).map((a) => a.rendering)];
      return {
        term,
        longest: Math.max(0, ...candidates.map(spanLength)),
        candidates: candidates.map((c): Candidate => ({
          ...c,
          contested: found.some((other) => other.term !== term && other.candidates.some((o) => samePlace(o, c))),
          variant: !preferred.some((p) => holdsRendering((en[c.paragraph] ?? '').slice(c.start, c.end), p)),
        })),
      };
    });
    terms.sort((a, b) => b.longest - a.longest || b.term.length - a.term.length || a.term.localeCompare(b.term));
    const claimed: Place[] = [];
    const result: TermOccurrence[] = [];
    for (const { term, candidates: all } of terms) {
      const mine = places.get(term) ?? [];
      const candidates = all.filter((c) => !claimed.some((taken) => samePlace(taken, c)));
      const assigned = assignInOrder(
        mine.map((p) => p.at),
        candidates.map((c) => c.at),
        candidates.map((c) => (c.contested ? CONTESTED_COST : 0) + (c.variant ? VARIANT_COST : 0)),
      );
      mine.forEach((place, i) => {
        const candidate = candidates[assigned[i] ?? -1];
        if (candidate) claimed.push(candidate);
        result.push({
          slug,
          term,
          bead: index,
          zh: { paragraph: place.paragraph, start: place.start, end: place.end },
          en: candidate ? { paragraph: candidate.paragraph, start: candidate.start, end: candidate.end } : null,
          rendering: candidate ? (en[candidate.paragraph] ?? '').slice(candidate.start, candidate.end) : null,
        });
      });
    }
    occurrences.push(...result.sort((a, b) => a.zh.paragraph - b.zh.paragraph || a.zh.start - b.zh.start));
  });
  return occurrences;
}
