import type { Lang, Sentence } from './types';

/** Chinese sentence ends: full stop, exclamation, question mark and semicolon, full-width or not. */
const ZH_TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** English sentence ends; a semicolon stays inside the sentence, as English style has it. */
const EN_TERMINATORS = new Set(['.', '!', '?']);
/** Marks that close a quotation or bracket and so belong to the sentence they follow. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', ']', '"', "'", '〉']);
/** What may open an English sentence: a capital, a digit, or an opening quote or bracket. */
const EN_SENTENCE_START = /^[\p{Lu}\p{N}"“‘'(\[]/u;

/** Abbreviations that never end a sentence: they stand before a name or a word. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'col',
  'lt',
  'capt',
  'mt',
  'vs',
  'cf',
  'messrs',
]);
/** Abbreviations that stand before a number: "No. 14", "Art. 5", "Vol. 3", "pp. 12–14". */
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'art',
  'arts',
  'vol',
  'vols',
  'p',
  'pp',
  'fig',
  'figs',
  'sec',
  'para',
  'ch',
  'chap',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** An enumeration label at the start of a line: "1.", "12.", "II.", "a.". */
const ENUMERATION = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-z])$/u;
/** The word just before a full stop, with any inner dots (U.S, e.g). */
const WORD_BEFORE = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u;

/** Whether the full stop at `at` of an English text ends a sentence, given what precedes and follows it. */
function fullStopEnds(text: string, at: number, next: string): boolean {
  const before = text.slice(0, at);
  const word = WORD_BEFORE.exec(before)?.[1];
  if (word === undefined) return true;
  const lower = word.toLowerCase();
  // Dotted abbreviations (U.S., e.g., i.e., a.m.) and initials (J. Smith).
  if (word.includes('.') || /^\p{Lu}$/u.test(word)) return false;
  if (TITLES.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && /^\d/u.test(next)) return false;
  // "1." or "II." opening a line is a label, not a sentence.
  const lineStart = Math.max(before.lastIndexOf('\n') + 1, 0);
  if (before.slice(lineStart).trim() === word && ENUMERATION.test(word)) return false;
  return true;
}

/** End offsets (exclusive) of the sentences of a paragraph, before trimming. */
function boundaries(text: string, lang: Lang): number[] {
  const ends: number[] = [];
  const terminators = lang === 'zh' ? ZH_TERMINATORS : EN_TERMINATORS;
  let at = 0;
  while (at < text.length) {
    const ch = text[at]!;
    if (ch === '\n') {
      ends.push(at);
      at += 1;
      continue;
    }
    if (!terminators.has(ch)) {
      at += 1;
      continue;
    }
    let end = at + 1;
    while (end < text.length && (terminators.has(text[end]!) || CLOSERS.has(text[end]!))) end += 1;
    if (lang === 'zh') {
      ends.push(end);
    } else {
      const rest = text.slice(end);
      const next = rest.trimStart();
      const spaced = rest.length > next.length || next === '';
      if (spaced && (next === '' || EN_SENTENCE_START.test(next)) && (ch !== '.' || fullStopEnds(text, at, next))) ends.push(end);
    }
    at = end;
  }
  ends.push(text.length);
  return ends;
}

/**
 * Splits one paragraph into sentences. Chinese ends at 。！？； (and their half-width forms) with any closing
 * quotes or brackets after them; English at . ! ? followed by space and a capital, digit or opening quote, except
 * after abbreviations (Mr., Dr., U.S., e.g.), initials, "No. 14" and enumeration labels ("1.", "II.") opening a
 * line. A line break always ends a sentence. Each sentence is the trimmed slice paragraph.slice(start, end)
 * (UTF-16 offsets); blank pieces are dropped, so an empty paragraph has no sentences.
 */
export function splitSentences(text: string, lang: Lang, paragraph = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of boundaries(text, lang)) {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed !== '') sentences.push({ paragraph, start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  }
  return sentences;
}
