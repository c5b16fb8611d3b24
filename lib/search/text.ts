import { MAX_SYLLABLE_LENGTH, PINYIN_SYLLABLES } from './syllables';
import type { Span } from '../segment';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

export const isHan = (char: string): boolean => HAN.test(char);
export const hasHan = (text: string): boolean => HAN.test(text);

/** Runs of consecutive Han characters, each split into code points. */
export function hanRuns(text: string): string[][] {
  return Array.from(text.matchAll(HAN_RUN), (m) => Array.from(m[0]));
}

/**
 * Index terms for Chinese text: every pair of adjacent characters, and the last
 * character of each run alone. Any substring of two or more characters is found
 * through its pairs, whatever the word boundaries; a single character is found
 * by prefix search, as the start of a pair or a run's last character.
 */
export function hanGrams(text: string): string[] {
  const grams: string[] = [];
  for (const run of hanRuns(text)) {
    run.forEach((char, i) => {
      const next = run[i + 1];
      grams.push(next === undefined ? char : char + next);
    });
  }
  return grams;
}

/** The terms a Chinese query part must all match: its pairs, or a lone character (to be prefix-searched). */
export function hanQueryGrams(part: string): string[] {
  const grams: string[] = [];
  for (const run of hanRuns(part)) {
    if (run.length === 1) grams.push(run[0] ?? '');
    for (let i = 0; i + 1 < run.length; i++) grams.push(`${run[i]}${run[i + 1]}`);
  }
  return grams;
}

/** A lone character in a Chinese query is searched as a prefix (see hanGrams). */
export const isLoneHan = (term: string): boolean => Array.from(term).length === 1;

/** Every occurrence of `needle` in `haystack`, non-overlapping. */
export function findAll(haystack: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle === '') return spans;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/** Sorts spans and merges those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

// ---------------------------------------------------------------- pinyin

/** Most readings of an ambiguous pinyin string tried ("xian" is xian or xi-an). */
export const MAX_PINYIN_PARSES = 4;
const TONE_DIGIT = /[1-5]/u;
const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/**
 * Normalises pinyin as typed: lower case, ü (or u:, or v) as v, tone marks
 * dropped. Tone digits are kept for the parser to skip.
 */
export function normalisePinyin(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308|u:/gu, 'v')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}

/** Typed spellings that pinyin-pro writes with v. */
const SPELLING_VARIANTS: Readonly<Record<string, string>> = { lue: 'lve', nue: 'nve' };

const syllableAt = (group: string, start: number, length: number): string | undefined => {
  const letters = group.slice(start, start + length);
  const syllable = SPELLING_VARIANTS[letters] ?? letters;
  return PINYIN_SYLLABLES.has(syllable) ? syllable : undefined;
};

/** Longest query read as pinyin, in syllables; a longer one is searched as English only. */
export const MAX_PINYIN_SYLLABLES = 64;

/** One reading of the letters from some position to the end of a group: its first syllable and the rest. */
interface Reading {
  syllable: string;
  /** The reading of what follows, null at the end of the group. */
  rest: Reading | null;
  /** Syllables in this reading. */
  count: number;
}

const readingSyllables = (reading: Reading | null): string[] => {
  const syllables: string[] = [];
  for (let r = reading; r; r = r.rest) syllables.push(r.syllable);
  return syllables;
};

/**
 * The best MAX_PINYIN_PARSES readings of one letter group as syllables (each optionally followed by a tone
 * digit), fewest syllables first and, among equals, longer syllables first. Dynamic programming from the end
 * of the group keeps only the best few readings of each suffix, so time and memory grow linearly with the
 * group ("wangluo" read n times over has 2ⁿ readings; enumerating them all took the server down).
 */
function parseGroup(group: string): string[][] {
  if (group.length > MAX_PINYIN_SYLLABLES * MAX_SYLLABLE_LENGTH) return [];
  const best: Reading[][] = new Array<Reading[]>(group.length + 1);
  best[group.length] = [];
  const rank = new Map<Reading, number>();
  for (let start = group.length - 1; start >= 0; start--) {
    const found: { reading: Reading; length: number; restRank: number }[] = [];
    for (let length = Math.min(MAX_SYLLABLE_LENGTH, group.length - start); length > 0; length--) {
      const syllable = syllableAt(group, start, length);
      if (!syllable) continue;
      let next = start + length;
      if (TONE_DIGIT.test(group[next] ?? '')) next++;
      if (next === group.length) {
        found.push({ reading: { syllable, rest: null, count: 1 }, length, restRank: 0 });
        continue;
      }
      for (const rest of best[next] ?? []) {
        found.push({ reading: { syllable, rest, count: rest.count + 1 }, length, restRank: rank.get(rest) ?? 0 });
      }
    }
    found.sort((a, b) => a.reading.count - b.reading.count || b.length - a.length || a.restRank - b.restRank);
    const kept = found.slice(0, MAX_PINYIN_PARSES).map((f) => f.reading);
    kept.forEach((reading, i) => rank.set(reading, i));
    best[start] = kept;
  }
  return (best[0] ?? []).map(readingSyllables);
}

export interface PinyinQuery {
  /** Readings of the whole query as syllables, fewest syllables first. */
  readings: string[][];
  /** The typed groups (between spaces or apostrophes) as toneless letters, for whole-word matching. */
  words: string[];
}

/**
 * Reads a query as pinyin when every group between spaces, apostrophes and
 * hyphens is a complete run of syllables, and the reading has at most MAX_PINYIN_SYLLABLES; otherwise undefined.
 */
export function parsePinyinQuery(query: string): PinyinQuery | undefined {
  const groups = normalisePinyin(query)
    .split(/[\s'’-]+/u)
    .filter((g) => g !== '');
  if (groups.length === 0 || groups.some((g) => !/^[a-z1-5]+$/u.test(g))) return undefined;
  let readings: string[][] = [[]];
  const words: string[] = [];
  for (const group of groups) {
    const parses = parseGroup(group);
    const fewest = parses[0];
    if (!fewest) return undefined;
    readings = readings.flatMap((head) => parses.map((tail) => [...head, ...tail]));
    readings.sort((a, b) => a.length - b.length);
    readings = readings.slice(0, MAX_PINYIN_PARSES);
    if ((readings[0]?.length ?? 0) > MAX_PINYIN_SYLLABLES) return undefined;
    words.push(fewest.join(''));
  }
  return { readings, words };
}
