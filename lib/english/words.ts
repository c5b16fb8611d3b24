/**
 * English text as every module reads it: words with their offsets, one normal form, one stemmer,
 * one list of function words. Search, terms and alignment compare English words through this
 * module, so a rendering found in one is found the same way in the others.
 */

/** A word of English text. Offsets are UTF-16 code units, as `String.prototype.slice` takes them. */
export interface EnglishWord {
  /** The word as written, possessive left out ("China" in "China's"). */
  text: string;
  start: number;
  end: number;
  /** Lower case, diacritics and possessive dropped: `normalizeEnglish(text)`. */
  norm: string;
  /** `stemEnglish(norm)`: what words are compared by. */
  stem: string;
}

/**
 * Letters (with combining marks, so "naïve" stays one word in either Unicode form) and digits,
 * with inner apostrophes ("China's", "don't"); hyphens, dashes and spaces separate words, so
 * "cyber-power" is two words, as "cyber power" is.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const APOSTROPHES = /[’ʼ]/gu;
const COMBINING_MARKS = /\p{M}/gu;
/** "China's" and "countries'" alike; the plural apostrophe has no letter after it, so WORD never takes it. */
const POSSESSIVE = /['’ʼ]s$/u;

/** Lower case, one apostrophe, no diacritics ("Xí Jìnpíng" → "xi jinping"), no possessive 's. */
export function normalizeEnglish(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'").replace(POSSESSIVE, '');
}

/** Articles: left out on both sides when renderings are compared ("the construction of a cyber power" holds "cyber power"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Function words, in normal form (not stemmed, so "does" is here and no stem "doe" is needed):
 * an n-gram beginning or ending with one is not a candidate rendering.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...'and or but of in on at to for from by with as into over under about than that this these those which who whom whose what'.split(' '),
  ...'is are was were be been being has have had do does did will would shall should can could may might must not no'.split(' '),
  ...'it its we our us they their them he his she her i my you your there here such so also all any each other more most very well new'.split(
    ' ',
  ),
]);

/** Words this short keep their final s: "its", "has", "was", "gas" are not plurals. */
const MIN_PLURAL_LENGTH = 4;
/** Endings that look plural but are not: "process", "status", "analysis". */
const NOT_PLURAL = /(?:ss|us|is)$/u;
/** Plurals that add -es after a sibilant: "boxes", "churches", "wishes", "buzzes", "losses". */
const SIBILANT_ES = /(?:ss|sh|ch|x|z)es$/u;

/**
 * The stem words are compared by: the singular of a regular plural ("laws" → "law",
 * "policies" → "policy", "boxes" → "box"), given a normalised word. Inflection only, on purpose:
 * a Porter or Snowball stemmer (the `stemmer` package) was weighed and left out, because it
 * conflates words a terminology check must keep apart ("legal"/"legality", "general"/"generous"
 * → "gener") and its stems are not words, while lib/terms shows normalised n-grams to readers.
 */
export function stemEnglish(norm: string): string {
  // Function words are not plurals: "does" stays "does", so the stop list holds for stems too.
  if (norm.length < MIN_PLURAL_LENGTH || NOT_PLURAL.test(norm) || STOP_WORDS.has(norm)) return norm;
  if (norm.endsWith('ies')) return `${norm.slice(0, -'ies'.length)}y`;
  if (SIBILANT_ES.test(norm)) return norm.slice(0, -'es'.length);
  if (norm.endsWith('s')) return norm.slice(0, -'s'.length);
  return norm;
}

/** The words of a text, in order, with offsets, normal forms and stems. */
export function englishWords(text: string): EnglishWord[] {
  return Array.from(text.matchAll(WORD), (m) => {
    const written = m[0].replace(POSSESSIVE, '');
    const norm = normalizeEnglish(written);
    return { text: written, start: m.index, end: m.index + written.length, norm, stem: stemEnglish(norm) };
  });
}
