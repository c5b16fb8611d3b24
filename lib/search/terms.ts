import { pinyin } from 'pinyin-pro';
import { englishWords } from '../english';
import { hanGrams, hasHan, isHan } from './text';

/**
 * The index terms of a bead, for a full-text table whose tokenizer splits on anything but letters and digits
 * (SQLite FTS5's unicode61; PostgreSQL takes them as lexemes as they are). A run of Chinese is one token to
 * such a tokenizer and a trigram index cannot match one or two characters, so the terms are made here, each
 * prefixed by its field:
 * - `z` adjacent Han pairs and each run's last character (any substring is found through its pairs, whatever
 *   the word boundaries; a single character by prefix, as the start of a pair or a run's last character)
 * - `w` whole segmented words of two or more characters (ranks whole-word matches up)
 * - `p` toneless syllables of adjacent pairs, joined by PAIR_JOIN, and of each run's last character
 * - `q` toneless pinyin of whole words
 * - `e` stemmed English words
 */
export const FIELD = { zh: 'z', word: 'w', pinyin: 'p', pinyinWord: 'q', en: 'e' } as const;

/** Joins the two syllables of a pinyin pair: a digit, which no syllable holds, keeps xi-an apart from xian. */
export const PAIR_JOIN = '0';

/** Placeholder syllable for a Han character pinyin-pro has no reading for. */
export const NO_SYLLABLE = '-';

const TOKEN_CHARACTERS = /[^\p{L}\p{N}]/gu;

/** A term as the tokenizer keeps it: its field prefix and letters and digits only. */
export const indexTerm = (field: string, text: string): string => field + text.replace(TOKEN_CHARACTERS, '');

/** A pinyin pair term's text (without field). */
export const syllablePair = (a: string, b: string): string => `${a}${PAIR_JOIN}${b}`;

/** Each Han character's toneless reading, chosen by pinyin-pro in the context of the whole text. */
export function readSyllables(zh: string): string[] {
  if (!hasHan(zh)) return [];
  const syllables: string[] = [];
  for (const item of pinyin(zh, { type: 'all', toneType: 'none', v: true })) {
    const chars = Array.from(item.origin);
    const reading = item.isZh && chars.length === 1 && /^[a-z]+$/u.test(item.pinyin) ? item.pinyin : NO_SYLLABLE;
    for (const char of chars) if (isHan(char)) syllables.push(reading);
  }
  return syllables;
}

export interface HanPosition {
  start: number;
  end: number;
  syllable: string;
}

/** Han characters of `text` paired with their syllables, with UTF-16 offsets. */
export function hanPositions(text: string, syllables: readonly string[]): HanPosition[] {
  const positions: HanPosition[] = [];
  let offset = 0;
  for (const char of text) {
    if (isHan(char)) positions.push({ start: offset, end: offset + char.length, syllable: syllables[positions.length] ?? NO_SYLLABLE });
    offset += char.length;
  }
  return positions;
}

/** Like hanGrams for syllables: each syllable with the next when adjacent, else alone. */
function pinyinGrams(positions: readonly HanPosition[]): string[] {
  const grams: string[] = [];
  positions.forEach((p, i) => {
    if (p.syllable === NO_SYLLABLE) return;
    const next = positions[i + 1];
    const paired = next && next.start === p.end && next.syllable !== NO_SYLLABLE;
    grams.push(paired ? syllablePair(p.syllable, next.syllable) : p.syllable);
  });
  return grams;
}

/** Whole words of two or more Han characters with their toneless pinyin; words not found in order are skipped. */
function wordGrams(zh: string, words: readonly string[], positions: readonly HanPosition[]) {
  const zw: string[] = [];
  const pw: string[] = [];
  const byStart = new Map(positions.map((p) => [p.start, p]));
  let cursor = 0;
  for (const word of words) {
    const at = zh.indexOf(word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    const chars = Array.from(word);
    if (chars.length < 2 || !chars.every(isHan)) continue;
    zw.push(word);
    let offset = at;
    const syllables: string[] = [];
    for (const char of chars) {
      syllables.push(byStart.get(offset)?.syllable ?? NO_SYLLABLE);
      offset += char.length;
    }
    if (!syllables.includes(NO_SYLLABLE)) pw.push(syllables.join(''));
  }
  return { zw, pw };
}

/** What the index keeps of a bead for search: its terms, and the syllables that place pinyin highlights. */
export interface BeadSearchTerms {
  /** Space-separated index terms (see FIELD). */
  terms: string;
  /** Toneless syllable of each Han character of the Chinese, in order. */
  syllables: string[];
}

/**
 * The index terms of a bead's Chinese (Simplified, with its segmented words in order) and English. Pinyin
 * comes from pinyin-pro run over the whole Chinese, so polyphonic characters get their reading in context.
 */
export function beadSearchTerms(zh: string, en: string, zhWords: readonly string[]): BeadSearchTerms {
  const syllables = readSyllables(zh);
  const positions = hanPositions(zh, syllables);
  const { zw, pw } = wordGrams(zh, zhWords, positions);
  const terms = [
    ...hanGrams(zh).map((g) => indexTerm(FIELD.zh, g)),
    ...zw.map((w) => indexTerm(FIELD.word, w)),
    ...pinyinGrams(positions).map((g) => indexTerm(FIELD.pinyin, g)),
    ...pw.map((w) => indexTerm(FIELD.pinyinWord, w)),
    ...englishWords(en).map((w) => indexTerm(FIELD.en, w.stem)),
  ];
  return { terms: terms.filter((t) => t.length > 1).join(' '), syllables };
}
