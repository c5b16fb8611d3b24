import { getGlossary } from '../glossary';
import { getCedict } from './cedict';
import { lookupWord } from './lookup';
import type { Lexicon } from '../align';

/** Renderings longer than this many words are explanations, not evidence a translation uses. */
const MAX_PHRASE_WORDS = 4;

/** The longest part of an unknown compound looked up on its own (国务院 of 国务院办公厅). */
const MAX_PART_CHARS = 4;

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
  const phrases = plainPhrases(sense);
  const name = properName(sense);
  if (name === undefined) return phrases;
  // "Hebei Province" is often just "Hebei" in a translation.
  const bare = name.replace(PLACE_DESIGNATOR, '');
  return [...new Set([name, bare, ...phrases])];
}

const PLACE_DESIGNATOR = / (?:province|city|county|district|prefecture|municipality|region|river|lake|island)$/u;

/**
 * CC-CEDICT describes a place or body after its name: "Shenzhen subprovincial city in Guangdong, special economic
 * zone close to Hong Kong". The capitalised words that open such a sense are what a translation writes.
 */
const LEADING_NAME = /^[A-Z][\p{L}'-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\p{L}'-]*)*/u;

function properName(sense: string): string | undefined {
  const name = LEADING_NAME.exec(sense.trim())?.[0];
  if (name === undefined || name.length < 3 || name.split(' ').length > MAX_PHRASE_WORDS) return undefined;
  const lower = name.toLowerCase();
  return PLAIN_ENGLISH.test(lower) && !GENERIC.has(lower) ? lower : undefined;
}

function plainPhrases(sense: string): string[] {
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

/** A cross-reference sense: "see 深圳市[Shen1 zhen4 Shi4]", "see 石家莊市|石家庄市[…]" (traditional|simplified). */
const SEE_ALSO = /^see (?:also )?(?:[^|[\s]+\|)?([^|[\s]+)\[/u;

/** A word's senses; a word that only points to another ("see 深圳市") takes the senses of the word it points to. */
function renderingSenses(word: string): string[] {
  const senses = lookupWord(word).senses;
  return senses.flatMap((sense) => {
    const target = SEE_ALSO.exec(sense)?.[1];
    return target !== undefined && target !== word ? lookupWord(target).senses : [sense];
  });
}

/** Parts of 2–4 characters of a word that CC-CEDICT knows, longest first from each position, not overlapping. */
function knownParts(word: string): string[] {
  const { bySimplified } = getCedict();
  const chars = [...word];
  const parts: string[] = [];
  for (let at = 0; at < chars.length;) {
    let length = Math.min(MAX_PART_CHARS, chars.length - at);
    while (length >= 2 && !bySimplified.has(chars.slice(at, at + length).join(''))) length -= 1;
    if (length >= 2 && length < chars.length) parts.push(chars.slice(at, at + length).join(''));
    at += Math.max(1, length);
  }
  return parts;
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
  const add = (word: string): boolean => {
    if (entries.has(word)) return true;
    if (!bySimplified.has(word)) return false;
    const en = uniqueLower(renderingSenses(word).flatMap(sensePhrases));
    if (en.length > 0) entries.set(word, { zh: word, en });
    return en.length > 0;
  };
  for (const word of words) {
    // A compound CC-CEDICT lacks (理财产品, 国务院办公厅) is matched by its known parts instead (理财, 产品).
    if (!add(word)) for (const part of knownParts(word)) add(part);
  }
  return { entries: [...entries.values()] };
}
