import type { GlossaryEntry } from '../glossary';

/** A word of English text: its normalised form and where it stands (UTF-16 offsets). */
export interface EnWord {
  norm: string;
  start: number;
  end: number;
}

/** A span of English text, in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Letters and digits, with inner apostrophes ("China's"); hyphens and spaces separate words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Articles are skipped on both sides, so "the construction of a cyber power" holds "cyber power". */
const ARTICLES = new Set(['a', 'an', 'the']);
const POSSESSIVE = /['’]s$/;
/** Words this short are left as they are: "its", "has", "was", "us" are not plurals. */
const MIN_PLURAL_LENGTH = 4;
/** Endings that look plural but are not ("process", "status", "analysis"). */
const NOT_PLURAL = /(?:ss|us|is)$/;
/** Prepositions at which a rendering may be turned round: "rule of law in cyberspace" ~ "cyberspace rule of law". */
const REORDER_PREPOSITIONS = new Set(['of', 'in', 'on', 'for']);

function singular(word: string): string {
  if (word.length < MIN_PLURAL_LENGTH || NOT_PLURAL.test(word) || !word.endsWith('s')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -'ies'.length)}y`;
  return word.slice(0, -1);
}

/** The form words are compared by: lower case, no possessive, singular. */
export function normalizeWord(word: string): string {
  return singular(word.toLowerCase().replace(POSSESSIVE, ''));
}

/** The words of a text, articles left out. */
export function englishWords(text: string): EnWord[] {
  const words: EnWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (ARTICLES.has(norm)) continue;
    // A rendering ends before the possessive: "Xi Jinping" in "Xi Jinping's".
    const word = match[0].replace(POSSESSIVE, '');
    words.push({ norm, start: match.index, end: match.index + word.length });
  }
  return words;
}

/**
 * The key renderings are counted by: lower case, singular, hyphens as spaces, articles and
 * possessive 's left out ("the Cyber-Powers" and "cyber power" are one rendering).
 */
export function normalizeRendering(text: string): string {
  return englishWords(text)
    .map((word) => word.norm)
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
    const words = englishWords(rendering).map((word) => word.norm);
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
function matchAt(words: readonly EnWord[], at: number, pattern: readonly string[]): number {
  let t = at;
  let p = 0;
  while (p < pattern.length) {
    const word = words[t]?.norm;
    const want = pattern[p];
    if (word === undefined || want === undefined) return -1;
    if (word === want) {
      t += 1;
      p += 1;
    } else if (p + 1 < pattern.length && word === want + (pattern[p + 1] ?? '')) {
      t += 1;
      p += 2;
    } else if (t + 1 < words.length && word + (words[t + 1]?.norm ?? '') === want) {
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
export function findRenderingSpans(words: readonly EnWord[], patterns: readonly (readonly string[])[]): Span[] {
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
