import { parseChineseNumeral, parseEnglishMonth, parseEnglishNumber, ZH_NUMERAL_CHARS } from '../align/numbers';

/** A number read from one side of a bead. */
export interface BeadNumber {
  /** As it stands in the text: "2024", "二〇二四", "9.6万", "30%". */
  text: string;
  value: number;
  /**
   * Strong numbers (digits on either side, a Chinese numeral of two or more characters before a measure
   * word) must have a counterpart on the other side; weak ones (一 in 一些, "first", "July") only serve
   * as a counterpart, since they are as often idiom as figure.
   */
  strong: boolean;
}

const MYRIAD: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
const EN_SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Digits with a decimal part or thousands separators, then 万/亿, as in 9.6万, 10.67亿 or 960多万 ("over 9.6 million"). */
const ZH_DIGITS = /(\d+(?:[.,]\d+)*)(?:[多余])?(\s*[万亿])?/gu;
/** Characters after which a run of Chinese numerals counts as a figure: years, months, days, counts, congresses. */
const ZH_MEASURE = '年月日号个项部条次件届位名家多余岁天倍种批章节期大周';
/** A numeral before one of these, or alone at the end of a line, numbers a section: 十九、 or a heading 十九. */
const ZH_SECTION_END = '(?=[、.．]|\n|$)';
const ZH_NUMERAL = new RegExp(`(百分之)?([${ZH_NUMERAL_CHARS}]+)(?:([${ZH_MEASURE}])|${ZH_SECTION_END})?`, 'gu');
const EN_DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?:\s+(thousand|million|billion|trillion))?/giu;
const EN_NUMBER_WORDS =
  /\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth|hundredth)\b(?:[\s-]+(?:and[\s-]+)?)?)+(?:\s+(thousand|million|billion|trillion))?/giu;
const EN_MONTH_WORDS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gu;
/** Half in Chinese (近半 "nearly half", 过半, 半数): 50 as a percentage and 0.5 as a fraction. */
const ZH_HALF = /[一近过逾超大多]半|半数/gu;
const EN_HALF = /\bhalf\b/giu;
const HALF_VALUES = [50, 0.5];
/** A Chinese comparison with the year before (同比 "year on year", 比上年), which English often spells out as that year. */
const ZH_YEAR_ON_YEAR = /同比|比上年|较上年|上年同期|去年同期/u;
const YEARS = { from: 1900, to: 2100 };
/** Relative tolerance when comparing values: 9.6万 is 96,000 whatever the floating-point rounding. */
const EPSILON = 1e-9;

/**
 * Numbers in Chinese text: digits (with 万/亿), Chinese numerals, 百分之 percentages, month numbers; half (近半) and,
 * beside a year-on-year comparison, the year before each year, as weak numbers.
 */
export function chineseNumbers(text: string): BeadNumber[] {
  const numbers: BeadNumber[] = [];
  for (const m of text.matchAll(ZH_DIGITS)) {
    const digits = Number((m[1] ?? '').replaceAll(',', ''));
    const myriad = MYRIAD[(m[2] ?? '').trim()] ?? 1;
    if (Number.isFinite(digits)) numbers.push({ text: m[0], value: digits * myriad, strong: true });
  }
  for (const m of text.matchAll(ZH_NUMERAL)) {
    const [whole, percent, numeral = '', measure] = m;
    const value = parseChineseNumeral(numeral);
    // 万 and 亿 alone (万物, the 万 of 9.6万 already read with its digits) are no number.
    if (value === undefined || /^[万亿]+$/u.test(numeral)) continue;
    // A lone numeral character (一些, 十分, 百姓) is idiom more often than figure; so is a numeral run
    // before anything but a measure word or a section's end (千万 "by all means", 一一 "one by one").
    const sectionEnd = new RegExp(`^${ZH_SECTION_END}`, 'u').test(text.slice((m.index ?? 0) + whole.length));
    const strong = [...numeral].length >= 2 && (percent !== undefined || measure !== undefined || sectionEnd);
    numbers.push({ text: measure ? whole.slice(0, -measure.length) : whole, value, strong });
  }
  for (const m of text.matchAll(ZH_HALF)) for (const value of HALF_VALUES) numbers.push({ text: m[0], value, strong: false });
  // "in 2022 than in 2021" for 2022年…同比: the year before is there, as 同比.
  if (ZH_YEAR_ON_YEAR.test(text)) {
    for (const n of [...numbers]) {
      if (Number.isInteger(n.value) && n.value > YEARS.from && n.value <= YEARS.to && n.strong)
        numbers.push({ text: n.text, value: n.value - 1, strong: false });
    }
  }
  return numbers;
}

/** Numbers in English text: digits (with scale words), number words and ordinals, "half", month names. */
export function englishNumbers(text: string): BeadNumber[] {
  const numbers: BeadNumber[] = [];
  for (const m of text.matchAll(EN_DIGITS)) {
    const value = Number(`${(m[1] ?? '').replaceAll(',', '')}${m[2] ?? ''}`) * (EN_SCALE[(m[3] ?? '').toLowerCase()] ?? 1);
    numbers.push({ text: m[0], value, strong: true });
  }
  for (const m of text.matchAll(EN_NUMBER_WORDS)) {
    const scale = m[1];
    const words = (scale ? m[0].slice(0, -scale.length) : m[0]).trim().replace(/[\s-]+and$/iu, '');
    const value = parseEnglishNumber(words);
    if (value !== undefined)
      numbers.push({ text: m[0].trim(), value: value * (EN_SCALE[(scale ?? '').toLowerCase()] ?? 1), strong: false });
  }
  for (const m of text.matchAll(EN_HALF)) for (const value of HALF_VALUES) numbers.push({ text: m[0], value, strong: false });
  for (const m of text.matchAll(EN_MONTH_WORDS)) {
    const month = parseEnglishMonth(m[0]);
    if (month !== undefined) numbers.push({ text: m[0], value: month, strong: false });
  }
  return numbers;
}

const same = (a: number, b: number) => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Strong numbers of one side of a bead with no equal value on the other side, each value once per side:
 * a year, figure or percentage the translation changed, dropped or added.
 */
export function numberMismatches(zh: string, en: string): Array<BeadNumber & { side: 'zh' | 'en' }> {
  const zhNumbers = chineseNumbers(zh);
  const enNumbers = englishNumbers(en);
  const missing = (side: 'zh' | 'en', mine: readonly BeadNumber[], theirs: readonly BeadNumber[]) => {
    const seen: number[] = [];
    return mine.flatMap((n) => {
      if (!n.strong || theirs.some((t) => same(t.value, n.value)) || seen.some((v) => same(v, n.value))) return [];
      seen.push(n.value);
      return [{ ...n, side }];
    });
  };
  return [...missing('zh', zhNumbers, enNumbers), ...missing('en', enNumbers, zhNumbers)];
}
