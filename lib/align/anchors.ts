import {
  EN_MONTH_PATTERN,
  ZH_NUMERAL_CHARS,
  parseChineseNumeral,
  parseEnglishMonth,
  parseEnglishNumber,
  parseRomanNumeral,
} from './numbers';

export type Side = 'zh' | 'en';

/**
 * Anchor keys are small strings that survive translation; two paragraphs that translate each other share them.
 * Prefixes: `d:` a full date, `ym:` a month of a year, `n:` a number, `e:` an enumeration label, `q` a quoted
 * phrase or title, `m:` a reference marker.
 */
export const ANCHOR_KINDS = ['d', 'ym', 'n', 'e', 'q', 'm'] as const;
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

export function anchorKind(key: string): AnchorKind {
  const prefix = key.split(':', 1)[0];
  return (ANCHOR_KINDS as readonly string[]).includes(prefix ?? '') ? (prefix as AnchorKind) : 'n';
}

const QUOTE = 'q';
const MARKERS = /[※★☆▲△●○■□◆◇]/gu;
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/gu;
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/gu;
const ZH_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;
const ZH_MONTH = /(\d{4})年(\d{1,2})月(?!\d{1,2}日)/gu;
const EN_DATE_MDY = new RegExp(`\\b(${EN_MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gu');
const EN_DATE_DMY = new RegExp(`\\b(\\d{1,2})\\s+(${EN_MONTH_PATTERN}),?\\s+(\\d{4})\\b`, 'gu');
const EN_MONTH_YEAR = new RegExp(`\\b(${EN_MONTH_PATTERN})(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'gu');
/** A month name counts as a number only next to digits, so the verb "may" stays out. */
const EN_MONTH_NUMBER = new RegExp(`\\b(${EN_MONTH_PATTERN})(?=\\s+\\d)`, 'gu');
const EN_ORDINAL_WORD =
  /\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)\b/giu;
/** Chinese numerals count only where they number something: 第一, 十二届, 四中全会, 100周年, 十八大. */
const ZH_COUNTED = new RegExp(`(第)?([${ZH_NUMERAL_CHARS}]+)(届|次|中全会|周年|批|大)?`, 'gu');
/**
 * Small counts, which an English news text spells out and Chinese writes in numerals or digits: "seven straight
 * months" for 连续7个月, "three departments" for 三部门. "One" is left out (a pronoun as often as a number); so is a
 * bare Chinese numeral, which idioms are full of (三心二意): it needs a measure word after it.
 */
const EN_CARDINAL_WORD =
  /\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/giu;
const ZH_MEASURED = /([二两三四五六七八九十][一二三四五六七八九十]*)(?=个|项|家|名|位|种|条|件|年|月|天|部门|方面|国|省|市)/gu;
/** 党的十八大 is the 18th Congress, but 三大 is just "three big", so bare 大 needs a two-digit number. */
const ZH_CONGRESS_MIN = 10;
const ZH_ENUMERATION = new RegExp(`^[（(]?([${ZH_NUMERAL_CHARS}]+|\\d+)(?:[、.．]|[)）])`, 'u');
const EN_ENUMERATION = /^\(?(\d+|[IVXLC]+)(?:[.)]\s|\)|\.$)/u;
/** Longer than "One hundred and twenty-three." a paragraph is not a bare section number. */
const MAX_HEADING_LENGTH = 32;
const TRAILING_LABEL_PUNCTUATION = /[\s.、．:：)）]+$/u;
const LEADING_LABEL_PUNCTUATION = /^[\s(（]+/u;

/** Occurrences of a one-code-unit character. */
function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n += 1;
  return n;
}

const numberKey = (value: number) => `n:${value}`;
const dateKey = (year: string, month: number, day: string) => `d:${Number(year)}-${month}-${Number(day)}`;

/**
 * The value of a paragraph (or line) that is nothing but a number: "十一", "Eleven", "Twenty-six", "10",
 * "II.", "三、". Such paragraphs are section numbers.
 */
export function numberHeading(text: string): number | undefined {
  if (text.length > MAX_HEADING_LENGTH) return undefined;
  const label = text.normalize('NFKC').replace(TRAILING_LABEL_PUNCTUATION, '').replace(LEADING_LABEL_PUNCTUATION, '');
  if (label === '' || label.includes('\n')) return undefined;
  if (/^\d+$/u.test(label)) return Number(label);
  return parseChineseNumeral(label) ?? parseRomanNumeral(label) ?? parseEnglishNumber(label);
}

/** Whether a paragraph opens with a section number: a number on a line of its own, or "1.", "II.", "一、". */
export function startsWithNumber(text: string): boolean {
  const normal = text.trimStart().slice(0, MAX_HEADING_LENGTH).normalize('NFKC');
  const firstLine = normal.split('\n', 1)[0] ?? '';
  return numberHeading(firstLine) !== undefined || ZH_ENUMERATION.test(normal) || EN_ENUMERATION.test(normal);
}

function enumerationLabel(text: string, side: Side): number | undefined {
  const match = (side === 'zh' ? ZH_ENUMERATION : EN_ENUMERATION).exec(text);
  const label = match?.[1];
  if (label === undefined) return undefined;
  if (/^\d+$/u.test(label)) return Number(label);
  return side === 'zh' ? parseChineseNumeral(label) : parseRomanNumeral(label);
}

/**
 * Scale words after a number: Chinese counts in 万 (10⁴) and 亿 (10⁸), English in thousands, millions and billions,
 * so 23.4亿 is "2.34 billion" and 2万 is "20,000".
 */
const ZH_SCALE = /^\s*(万亿|亿|万|千)/u;
const EN_SCALE = /^\s*(thousand|million|billion|trillion)\b/iu;
const SCALE: Readonly<Record<string, number>> = {
  千: 1e3,
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** Significant digits kept of a scaled number, so that 23.4 × 10⁸ and 2.34 × 10⁹ give the same key. */
const SCALED_DIGITS = 12;

function arabicNumbers(text: string, side: Side): string[] {
  return [...text.matchAll(ARABIC)].map((m) => {
    const value = Number(m[0].replaceAll(',', ''));
    const scale = (side === 'zh' ? ZH_SCALE : EN_SCALE).exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    return numberKey(scale === undefined ? value : Number((value * SCALE[scale]!).toPrecision(SCALED_DIGITS)));
  });
}

function zhAnchors(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(ZH_DATE)) keys.push(dateKey(m[1]!, Number(m[2]), m[3]!));
  for (const m of text.matchAll(ZH_MONTH)) keys.push(`ym:${Number(m[1])}-${Number(m[2])}`);
  for (const m of text.matchAll(ZH_COUNTED)) {
    const [, ordinal, numeral, suffix] = m;
    const value = parseChineseNumeral(numeral!);
    if (value === undefined || (!ordinal && !suffix)) continue;
    if (!ordinal && suffix === '大' && value < ZH_CONGRESS_MIN) continue;
    keys.push(numberKey(value));
  }
  for (const m of text.matchAll(ZH_MEASURED)) {
    const value = parseChineseNumeral(m[1]!.replace('两', '二'));
    if (value !== undefined) keys.push(numberKey(value));
  }
  const quotes = count(text, '“') + count(text, '《') + count(text, '「');
  for (let k = 0; k < quotes; k += 1) keys.push(QUOTE);
  return keys;
}

function enAnchors(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(EN_DATE_MDY)) keys.push(dateKey(m[3]!, parseEnglishMonth(m[1]!)!, m[2]!));
  for (const m of text.matchAll(EN_DATE_DMY)) keys.push(dateKey(m[3]!, parseEnglishMonth(m[2]!)!, m[1]!));
  for (const m of text.matchAll(EN_MONTH_YEAR)) keys.push(`ym:${Number(m[2])}-${parseEnglishMonth(m[1]!)!}`);
  for (const m of text.matchAll(EN_MONTH_NUMBER)) keys.push(numberKey(parseEnglishMonth(m[1]!)!));
  for (const m of text.matchAll(EN_ORDINAL_WORD)) {
    const value = parseEnglishNumber(m[0]);
    if (value !== undefined) keys.push(numberKey(value));
  }
  for (const m of text.matchAll(EN_CARDINAL_WORD)) {
    const value = parseEnglishNumber(m[0]);
    if (value !== undefined) keys.push(numberKey(value));
  }
  const curly = count(text, '“');
  const straight = Math.floor(count(text, '"') / 2);
  for (let k = 0; k < curly + straight; k += 1) keys.push(QUOTE);
  return keys;
}

/**
 * The anchors of one paragraph, as a multiset of keys (a key repeats when its anchor does). Numbers, dates,
 * section numbers and enumeration labels, quoted phrases and titles, and reference markers such as ※.
 */
export function extractAnchors(text: string, side: Side): string[] {
  const normal = text.normalize('NFKC').trim();
  const keys = [...normal.matchAll(ISO_DATE)].map((m) => dateKey(m[1]!, Number(m[2]), m[3]!));
  keys.push(...arabicNumbers(normal, side), ...(side === 'zh' ? zhAnchors(normal) : enAnchors(normal)));
  for (const m of normal.matchAll(MARKERS)) keys.push(`m:${m[0]}`);
  const heading = numberHeading(normal);
  const enumeration = enumerationLabel(normal, side);
  // A section number is both a number and a label; Arabic digits were already counted above.
  if (heading !== undefined && !/\d/u.test(normal)) keys.push(numberKey(heading));
  if (heading !== undefined || enumeration !== undefined) keys.push(`e:${heading ?? enumeration}`);
  if (enumeration !== undefined && heading === undefined && !/^\(?\d/u.test(normal)) keys.push(numberKey(enumeration));
  return keys;
}
