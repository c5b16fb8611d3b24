import { pinyin as pinyinPro } from 'pinyin-pro';
import { getCedict, type CedictRow } from './cedict';
import { toneMarks } from './pinyin';
import type { DictEntry } from './types';

/** Senses kept per entry: enough for a pop-up, short enough to read at a glance. */
export const MAX_SENSES = 5;

/** Senses that only point elsewhere ("variant of 網絡|网络[wang3 luo4]", "see 道行[dao4 heng2]"). */
const CROSS_REFERENCE = /^(?:(?:old|archaic|erhua|Japanese|ancient|same as)\s+)*variant of |^see (?:also )?\S+\[|^used in |^same as /i;
/** pinyin-pro writes the neutral tone as 0 and ü as ü; CC-CEDICT writes 5 and u:. */
function readingKey(numbered: string): string {
  return numbered
    .toLowerCase()
    .replace(/u:|ü/g, 'v')
    .replace(/0(?=\s|$)/g, '5')
    .replace(/\s+/g, ' ')
    .trim();
}
function toneless(key: string): string {
  return key.replace(/[1-5]/g, '');
}

/** The word's reading in context as pinyin-pro gives it, one numbered syllable per character. */
function contextReading(word: string): string[] {
  return pinyinPro(word, { toneType: 'num', type: 'array' });
}

/**
 * Groups CC-CEDICT rows by reading (case-folded); within a reading, common-noun (lower-case)
 * rows first and rows that only point elsewhere (咊, "variant of 和") last.
 */
function readings(rows: readonly CedictRow[]): CedictRow[][] {
  const groups = new Map<string, CedictRow[]>();
  for (const row of rows) {
    const key = readingKey(row.pinyin);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const rank = (row: CedictRow) => (row.pinyin === row.pinyin.toLowerCase() ? 0 : 2) + (isOnlyCrossReference(row) ? 1 : 0);
  return [...groups.values()].map((group) => [...group].sort((a, b) => rank(a) - rank(b)));
}

/** The reading pinyin-pro expects in context (重要 zhong4 yao4, not chong2 yao4), else the first. */
function chooseReading(word: string, rows: readonly CedictRow[]): CedictRow[] {
  const groups = readings(rows);
  const expected = readingKey(contextReading(word).join(' '));
  const exact = groups.find((group) => group[0] && readingKey(group[0].pinyin) === expected);
  const loose = groups.find((group) => group[0] && toneless(readingKey(group[0].pinyin)) === toneless(expected));
  return exact ?? loose ?? groups[0] ?? [];
}

const isCrossReference = (sense: string) => CROSS_REFERENCE.test(sense);
const isOnlyCrossReference = (row: CedictRow) => row.english.every(isCrossReference);

/** Senses of a reading, cross-references dropped unless they are all there is (西安: "see 西安市"). */
function sensesOf(rows: readonly CedictRow[]): string[] {
  const all = rows.flatMap((row) => row.english);
  const real = all.filter((sense) => !isCrossReference(sense));
  return [...new Set(real.length > 0 ? real : all)].slice(0, MAX_SENSES);
}

/**
 * Splits a word CC-CEDICT lacks into its longest known parts (网络强国 → 网络 + 强国), so its
 * pinyin can be spaced as words are and its traditional form composed from theirs.
 */
function longestMatchParts(word: string): string[] {
  const { bySimplified, longestWord } = getCedict();
  const chars = [...word];
  const parts: string[] = [];
  for (let at = 0; at < chars.length;) {
    let length = Math.min(longestWord, chars.length - at);
    while (length > 1 && !bySimplified.has(chars.slice(at, at + length).join(''))) length--;
    parts.push(chars.slice(at, at + length).join(''));
    at += length;
  }
  return parts;
}

function fromCedict(word: string, rows: readonly CedictRow[]): DictEntry {
  const reading = chooseReading(word, rows);
  const first = reading[0] ?? rows[0];
  return {
    simplified: first?.simplified ?? word,
    traditional: first?.traditional ?? word,
    pinyin: toneMarks(first?.pinyin ?? ''),
    senses: sensesOf(reading),
    source: 'cc-cedict',
  };
}

function fromPinyinPro(word: string): DictEntry {
  const syllables = pinyinPro(word, { type: 'array' });
  const { bySimplified } = getCedict();
  const words: string[] = [];
  const traditional: string[] = [];
  let at = 0;
  let previousWasSingle = false;
  for (const part of longestMatchParts(word)) {
    const length = [...part].length;
    const spelled = syllables.slice(at, at + length).join('');
    // Runs of single characters read as one word (室务会 shìwùhuì), not syllable by syllable.
    const single = length === 1;
    if (single && previousWasSingle && words.length > 0) words[words.length - 1] += spelled;
    else words.push(spelled);
    previousWasSingle = single;
    const rows = bySimplified.get(part);
    traditional.push(rows ? (chooseReading(part, rows)[0]?.traditional ?? part) : part);
    at += length;
  }
  return { simplified: word, traditional: traditional.join(''), pinyin: words.join(' '), senses: [], source: 'pinyin-pro' };
}

/**
 * Looks a word up: CC-CEDICT (by simplified, else traditional form) for its senses and
 * pinyin, the reading chosen as pinyin-pro reads the word in context; pinyin-pro alone for
 * words CC-CEDICT lacks, so every word gets pinyin.
 */
export function lookupWord(word: string): DictEntry {
  const { bySimplified, byTraditional } = getCedict();
  const rows = bySimplified.get(word) ?? byTraditional.get(word);
  return rows && rows.length > 0 ? fromCedict(word, rows) : fromPinyinPro(word);
}
