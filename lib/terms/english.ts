import { ARTICLES, englishWords, type EnglishWord } from '../english';
import type { GlossaryEntry } from '../glossary';
import type { Span } from '../segment';

/** Prepositions at which a rendering may be turned round: "rule of law in cyberspace" ~ "cyberspace rule of law". */
const REORDER_PREPOSITIONS = new Set(['of', 'in', 'on', 'for']);

/** The words renderings are compared by (their stems, see lib/english), articles left out. */
export function renderingWords(text: string): EnglishWord[] {
  return englishWords(text).filter((word) => !ARTICLES.has(word.norm));
}

/**
 * The key renderings are counted by: lower case, singular, hyphens as spaces, articles and
 * possessive 's left out ("the Cyber-Powers" and "cyber power" are one rendering).
 */
export function normalizeRendering(text: string): string {
  return renderingWords(text)
    .map((word) => word.stem)
    .join(' ');
}

/** "A of B" read as "B A": the usual English reordering of a noun phrase with a prepositional complement. */
function reordered(words: readonly string[]): string[] | null {
  for (let i = words.length - 2; i >= 1; i--) {
    if (REORDER_PREPOSITIONS.has(words[i] ?? '')) return [...words.slice(i + 1), ...words.slice(0, i)];
  }
  return null;
}

/** Word sequences that count as renderings of an entry: recommended, variants, and each turned round. */
export function renderingPatterns(entry: Pick<GlossaryEntry, 'recommended' | 'variants'>): string[][] {
  const patterns = new Map<string, string[]>();
  for (const rendering of [entry.recommended, ...entry.variants]) {
    const words = renderingWords(rendering).map((word) => word.stem);
    if (words.length === 0) continue;
    const turned = reordered(words);
    for (const pattern of turned ? [words, turned] : [words]) patterns.set(pattern.join(' '), pattern);
  }
  return [...patterns.values()];
}

/**
 * Matches a pattern at text word `at`; returns the index after the last matched word, or -1.
 * Compounds are tolerated both ways: "cyberpower" ~ "cyber power".
 */
function matchAt(words: readonly EnglishWord[], at: number, pattern: readonly string[]): number {
  let t = at;
  let p = 0;
  while (p < pattern.length) {
    const word = words[t]?.stem;
    const want = pattern[p];
    if (word === undefined || want === undefined) return -1;
    if (word === want) {
      t += 1;
      p += 1;
    } else if (p + 1 < pattern.length && word === want + (pattern[p + 1] ?? '')) {
      t += 1;
      p += 2;
    } else if (t + 1 < words.length && word + (words[t + 1]?.stem ?? '') === want) {
      t += 2;
      p += 1;
    } else {
      return -1;
    }
  }
  return t;
}

/**
 * Every place where one of the patterns stands in the words, longest first and none overlapping:
 * a longer rendering wins over one it contains ("strong cyber power" over "cyber power").
 */
export function findRenderingSpans(words: readonly EnglishWord[], patterns: readonly (readonly string[])[]): Span[] {
  const found: Span[] = [];
  for (let at = 0; at < words.length; at++) {
    const first = words[at];
    if (!first) continue;
    for (const pattern of patterns) {
      const end = matchAt(words, at, pattern);
      const last = words[end - 1];
      if (end > at && last) found.push({ start: first.start, end: last.end });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of found) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
