import { getGlossary } from '../glossary';
import { getCedict } from './cedict';
import { lookupWord } from './lookup';
import type { Lexicon } from '../align';

/** Renderings longer than this many words are explanations, not evidence a translation uses. */
const MAX_PHRASE_WORDS = 4;

/** Senses too generic or grammatical to count as alignment evidence. */
const GENERIC = new Set([
  'be',
  'do',
  'have',
  'make',
  'go',
  'get',
  'put',
  'take',
  'give',
  'thing',
  'things',
  'one',
  'it',
  'this',
  'that',
  'of',
  'and',
  'or',
  'in',
  'at',
  'on',
  'to',
]);

/** CC-CEDICT markup that is not English a translation would contain. */
const PARENTHETICAL = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g;
const LABEL = /^(?:lit\.|fig\.|abbr\. for|abbr\.|esp\.|e\.g\.|i\.e\.|also|CL:|old|archaic|literary|Tw|coll\.)\s*/i;
const HANZI = /\p{Script=Han}/u;
/** Words, hyphens, apostrophes and spaces only: no "~'s", numbers or leftover markup. */
const PLAIN_ENGLISH = /^[a-z][a-z' -]*[a-z]$/;

/**
 * Cuts one CC-CEDICT sense into short content phrases: "(bound form) to walk; to go" gives
 * "walk", "go"; parentheticals, labels, cross-references and generic words dropped.
 */
export function sensePhrases(sense: string): string[] {
  if (HANZI.test(sense) && /variant of|see |used in/i.test(sense)) return [];
  return sense
    .replace(PARENTHETICAL, ' ')
    .split(/[;,]/)
    .map((part) =>
      part
        .replace(/\s+/g, ' ')
        .trim()
        .replace(LABEL, '')
        .replace(/^(?:to|a|an|the)\s+/i, '')
        .toLowerCase(),
    )
    .filter((phrase) => PLAIN_ENGLISH.test(phrase) && !GENERIC.has(phrase))
    .filter((phrase) => phrase.split(' ').length <= MAX_PHRASE_WORDS);
}

function uniqueLower(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((phrase) => phrase.toLowerCase().trim()).filter((phrase) => phrase.length > 0))];
}

/**
 * English renderings usable as lexical alignment evidence, for the glossary terms (recommended
 * rendering and variants) and for the given words (e.g. the segmented words of a text)
 * that CC-CEDICT knows. Words with no usable rendering are left out.
 */
export function buildLexicon(words: Iterable<string>): Lexicon {
  const entries = new Map<string, Lexicon['entries'][number]>();
  for (const entry of getGlossary()) {
    entries.set(entry.term, { zh: entry.term, en: uniqueLower([entry.recommended, ...entry.variants]) });
  }
  const { bySimplified } = getCedict();
  for (const word of words) {
    if (entries.has(word) || !bySimplified.has(word)) continue;
    const en = uniqueLower(lookupWord(word).senses.flatMap(sensePhrases));
    if (en.length > 0) entries.set(word, { zh: word, en });
  }
  return { entries: [...entries.values()] };
}
