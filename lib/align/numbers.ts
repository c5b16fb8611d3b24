/** Number words and numerals of both languages, read into values. */

const ZH_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const ZH_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const ZH_MYRIADS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4],
  ['亿', 1e8],
]);
const DECIMAL_BASE = 10;

/** Characters that can make up a Chinese numeral, for building patterns. */
export const ZH_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Reads a Chinese numeral: 十一 → 11, 二十六 → 26, 一百二十 → 120, 二〇二四 → 2024. */
export function parseChineseNumeral(text: string): number | undefined {
  const chars = [...text];
  if (chars.length === 0) return undefined;
  // Digit-by-digit style (二〇二四) has no unit characters.
  if (chars.length > 1 && chars.every((ch) => ZH_DIGITS.has(ch))) {
    return chars.reduce((value, ch) => value * DECIMAL_BASE + ZH_DIGITS.get(ch)!, 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of chars) {
    const d = ZH_DIGITS.get(ch);
    const unit = ZH_UNITS.get(ch);
    const myriad = ZH_MYRIADS.get(ch);
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
    } else if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = undefined;
    } else if (myriad !== undefined) {
      total += (section + (digit ?? 0)) * myriad;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

const EN_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_HUNDRED = 'hundred';
const HUNDRED = 100;

/** Irregular ordinals and the cardinals they come from; the rest add "th" (or turn "-y" into "-ieth"). */
const EN_IRREGULAR_ORDINALS: ReadonlyMap<string, string> = new Map([
  ['first', 'one'],
  ['second', 'two'],
  ['third', 'three'],
  ['fifth', 'five'],
  ['eighth', 'eight'],
  ['ninth', 'nine'],
  ['twelfth', 'twelve'],
]);

function cardinalOfOrdinal(word: string): string | undefined {
  const irregular = EN_IRREGULAR_ORDINALS.get(word);
  if (irregular) return irregular;
  if (word.endsWith('ieth')) return `${word.slice(0, -'ieth'.length)}y`;
  if (word.endsWith('th')) return word.slice(0, -'th'.length);
  return undefined;
}

function parseEnglishWord(word: string): number | undefined {
  const ones = EN_ONES.indexOf(word);
  if (ones >= 0) return ones;
  const tens = EN_TENS.indexOf(word);
  return tens >= 2 ? tens * DECIMAL_BASE : undefined;
}

function parseEnglishCardinal(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'and' && seen) continue;
    if (word === EN_HUNDRED) {
      if (!seen) return undefined;
      current = (current === 0 ? 1 : current) * HUNDRED;
      total += current;
      current = 0;
      continue;
    }
    const value = parseEnglishWord(word);
    if (value === undefined) return undefined;
    // "twenty six" is fine; "six twenty" or "eleven three" is not a number.
    if (current !== 0 && (current % DECIMAL_BASE !== 0 || value >= DECIMAL_BASE)) return undefined;
    current += value;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/**
 * Reads English number words, cardinal or ordinal: "Eleven" → 11, "Twenty-six" → 26, "twenty-first" → 21,
 * "one hundred and twenty" → 120. Case-insensitive; undefined when the text is anything else.
 */
export function parseEnglishNumber(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  const cardinal = parseEnglishCardinal(words);
  if (cardinal !== undefined) return cardinal;
  const lastAsCardinal = cardinalOfOrdinal(last);
  return lastAsCardinal === undefined ? undefined : parseEnglishCardinal([...words.slice(0, -1), lastAsCardinal]);
}

const ROMAN_VALUES: ReadonlyMap<string, number> = new Map([
  ['I', 1],
  ['V', 5],
  ['X', 10],
  ['L', 50],
  ['C', 100],
]);
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** Reads an upper-case Roman numeral up to CCCXCIX: "II" → 2, "XIV" → 14. */
export function parseRomanNumeral(text: string): number | undefined {
  if (!ROMAN.test(text)) return undefined;
  let value = 0;
  const chars = [...text];
  chars.forEach((ch, k) => {
    const here = ROMAN_VALUES.get(ch)!;
    const next = chars[k + 1];
    value += next !== undefined && ROMAN_VALUES.get(next)! > here ? -here : here;
  });
  return value;
}

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1-based month of an English month name, or undefined. */
export function parseEnglishMonth(name: string): number | undefined {
  const index = EN_MONTHS.indexOf(name.toLowerCase());
  return index >= 0 ? index + 1 : undefined;
}

export const EN_MONTH_PATTERN = `(?:${EN_MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
