import { englishWords } from './words';

/**
 * English as the aligner compares it with dictionary glosses: the words in normal form, a broader
 * list of function words and a coarser stem than stemEnglish. A gloss ("to develop") and a
 * translation ("development") must meet, while a terminology check must keep such forms apart,
 * hence two strengths of stemming in one module.
 */

/** The normal forms of a text's words, in order. */
export function normalWords(text: string): string[] {
  return englishWords(text).map((word) => word.norm);
}

/**
 * Words that any English paragraph contains and that CC-CEDICT glosses use for grammar, not content: a match
 * on them says nothing about which paragraphs translate each other.
 */
const GLOSS_FUNCTION_WORDS = new Set(
  (
    'a an the of and or but nor to in on at by for from with without as into onto upon over under about ' +
    "than then so such that this these those there here it its it's he she they them their his her we us our you your i me my " +
    'be is are was were been being am do does did done doing have has had having will would shall should can could may might must ' +
    'not no yes all any each every some more most other another same own one ones also very just only even still yet ' +
    'what which who whom whose when where why how if whether while because since though although until unless ' +
    'up down out off again further once s t etc via per thing things make made get got go went put take took give gave'
  ).split(' '),
);

/** Below this many letters a stem is too short to tell words apart, so suffixes are not cut that far. */
const MIN_STEM = 3;

/**
 * Suffixes cut from the end of a word, longest first, so that inflected and derived forms meet: "developing",
 * "developed", "development" and "develops" all become "develop"; "constructions" → "construct".
 */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ies',
  'ness',
  'ities',
  'ity',
  'ers',
  'er',
  'ed',
  'ly',
  'es',
  's',
] as const;

/** A crude suffix-stripping stem, the same on both sides of every comparison; not a linguistic analysis. */
export function conflateEnglish(word: string): string {
  let out = word.replace(/'s$/u, '');
  for (const suffix of SUFFIXES) {
    if (out.endsWith(suffix) && out.length - suffix.length >= MIN_STEM) {
      // "-ies" was a "-y" ("policies" → "polic(y)"): cutting the whole suffix keeps both forms equal.
      out = out.slice(0, -suffix.length);
      break;
    }
  }
  // A final "e" or doubled consonant comes and goes with suffixes: "promote"/"promoted", "planned"/"plan".
  if (out.length > MIN_STEM && out.endsWith('e')) out = out.slice(0, -1);
  if (out.length > MIN_STEM && /([b-df-hj-np-tv-z])\1$/u.test(out)) out = out.slice(0, -1);
  return out;
}

/** Whether a lower-cased word carries content (not a stop word, not a bare number). */
export function isContentWord(word: string): boolean {
  return !GLOSS_FUNCTION_WORDS.has(word) && !/^\d+$/u.test(word);
}

/** The stems of a text's content words, in order, repeats kept. */
export function contentStems(text: string): string[] {
  return normalWords(text).filter(isContentWord).map(conflateEnglish);
}
