import { ARTICLES, englishWords, type EnglishWord } from '../english';
import type { GlossaryEntry } from '../glossary';
import type { Span } from '../segment';

/** Prepositions at which a rendering may be turned round: "rule of law in cyberspace" ~ "cyberspace rule of law". */
const REORDER_PREPOSITIONS = new Set(['of', 'in', 'on', 'for']);

/** The words renderings are compared by (their stems, see lib/english), articles left out. */
export function renderingWords(text: string): EnglishWord[] {
  return englishWords(text).filter((word) => !ARTICLES.has(word.norm));
}

/**
 * The key renderings are counted by: lower case, singular, hyphens as spaces, articles and
 * possessive 's left out ("the Cyber-Powers" and "cyber power" are one rendering).
 */
export function normalizeRendering(text: string): string {
  return renderingWords(text)
    .map((word) => word.stem)
    .join(' ');
}

/** "A of B" read as "B A": the usual English reordering of a noun phrase with a prepositional complement. */
function reordered(words: readonly string[]): string[] | null {
  for (let i = words.length - 2; i >= 1; i--) {
    if (REORDER_PREPOSITIONS.has(words[i] ?? '')) return [...words.slice(i + 1), ...words.slice(0, i)];
  }
  return null;
}

/** Patterns made by turning a rendering round: only these are kept from running across PHRASE_BREAK. */
const TURNED = new WeakSet<readonly string[]>();

/**
 * Word sequences that count as renderings of an entry: recommended, variants and the renderings its
 * published sources use (allowed variants, as a QA tool's glossary lists them), and each turned round.
 */
export function renderingPatterns(entry: Pick<GlossaryEntry, 'recommended' | 'variants' | 'attestations'>): string[][] {
  const patterns = new Map<string, string[]>();
  for (const rendering of [entry.recommended, ...entry.variants, ...(entry.attestations ?? []).map((a) => a.rendering)]) {
    const words = renderingWords(rendering).map((word) => word.stem);
    if (words.length === 0) continue;
    const turned = reordered(words);
    patterns.set(words.join(' '), words);
    if (turned && !patterns.has(turned.join(' '))) {
      TURNED.add(turned);
      patterns.set(turned.join(' '), turned);
    }
  }
  return [...patterns.values()];
}

/** Punctuation that ends a phrase: no turned-round rendering runs across it ("China, the People's Republic" is no "People's Republic of China"). */
const PHRASE_BREAK = /[,;:.!?]/;

/**
 * Derivational endings an adjective, adverb or gerund shares with its noun or verb: "independent(ly)" ~
 * "independence", "Marxist" ~ "Marxism", "deepening" ~ "deepen".
 */
const DERIVED_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ing$/, ''],
  [/ly$/, ''],
  [/(?:ence|ent)$/, 'en'],
  [/(?:ance|ant)$/, 'an'],
  [/(?:ism|ist)$/, 'is'],
];
/** Shorter words keep their form: "ant", "list" and the like are not derivations. */
const MIN_DERIVED_LENGTH = 7;

function derivedFamily(stem: string): string {
  if (stem.length < MIN_DERIVED_LENGTH) return stem;
  let family = stem;
  for (const [ending, common] of DERIVED_ENDINGS) family = family.replace(ending, common);
  return family;
}

/** One word of a single-word rendering matched in another part of speech, so that "independently" renders 独立自主 ("independence"). */
function sameFamily(word: string, want: string): boolean {
  return word.length >= MIN_DERIVED_LENGTH && want.length >= MIN_DERIVED_LENGTH && derivedFamily(word) === derivedFamily(want);
}

/** Possessive determiners a rendering may carry without being another rendering: "confidence in its path" is "confidence in the path". */
const DETERMINERS = new Set(['its', 'our', 'their', 'his', 'her']);
/** The official long forms of Party names, read as their abbreviation. */
const LONG_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bCommunist Party of China\b|\bChinese Communist Party\b/gi, 'CPC'],
  [/\bartificial intelligence\b/gi, 'AI'],
];
const PARTY = 'cpc';

/** A rendering's words for comparing forms: long forms abbreviated, determiners left out, each word by its family. */
function formWords(text: string): string[] {
  let short = text;
  for (const [long, abbreviation] of LONG_FORMS) short = short.replace(long, abbreviation);
  return renderingWords(short)
    .map((word) => word.stem)
    .filter((stem) => !DETERMINERS.has(stem))
    .map(derivedFamily);
}

/**
 * Whether a rendering is another in a different form or holds it word for word: the same words up to
 * spacing, determiners and part of speech ("independently", "independence"), "A of B" for "B A"
 * ("protection of personal information"), an official long form ("19th National Congress of the
 * Communist Party of China" for "19th CPC National Congress", whose words are the same in another order,
 * or the Party's name left out),
 * or a longer phrase that holds it ("great rejuvenation of the Chinese nation" holds "rejuvenation of
 * the Chinese nation").
 */
export function holdsRendering(rendering: string, other: string): boolean {
  const mine = formWords(rendering);
  const theirs = formWords(other);
  if (mine.join('') === theirs.join('')) return true;
  // The Party's name may stand anywhere in a long form, or be left out where the context gives it
  // ("Political Bureau of the Central Committee"); nothing else may differ.
  if (mine.includes(PARTY) || theirs.includes(PARTY)) {
    const bag = (words: readonly string[]) =>
      words
        .filter((w) => w !== PARTY && !REORDER_PREPOSITIONS.has(w))
        .sort()
        .join(' ');
    if (bag(mine) === bag(theirs)) return true;
  }
  const turned = reordered(mine);
  if (turned && turned.join('') === theirs.join('')) return true;
  const words = renderingWords(rendering);
  return findRenderingSpans(words, renderingPatterns({ recommended: other, variants: [] }), rendering).length > 0;
}

/**
 * Matches a pattern at text word `at`; returns the index after the last matched word, or -1.
 * Compounds are tolerated both ways: "cyberpower" ~ "cyber power"; a one-word pattern also matches its
 * adjective or adverb ("Marxist" for "Marxism"), and a long one its first word as an adjective with the compound's
 * head noun after it (headInserted). With the text, no turned-round match runs across PHRASE_BREAK.
 */
function matchAt(words: readonly EnglishWord[], at: number, pattern: readonly string[], text: string | undefined): number {
  let t = at;
  let p = 0;
  while (p < pattern.length) {
    const word = words[t]?.stem;
    const want = pattern[p];
    if (word === undefined || want === undefined) return -1;
    const previous = words[t - 1];
    if (t > at && text !== undefined && previous && TURNED.has(pattern) && PHRASE_BREAK.test(text.slice(previous.end, words[t]!.start)))
      return -1;
    if (word === want || (pattern.length === 1 && sameFamily(word, want))) {
      t += 1;
      p += 1;
    } else if (p === 0 && headInserted(words, t, pattern, text)) {
      // "socialist culture with Chinese characteristics" for 中国特色社会主义文化: the adjective, then the head noun.
      t += 2;
      p += 1;
    } else if (p + 1 < pattern.length && word === want + (pattern[p + 1] ?? '')) {
      t += 1;
      p += 2;
    } else if (t + 1 < words.length && word + (words[t + 1]?.stem ?? '') === want) {
      t += 2;
      p += 1;
    } else {
      return -1;
    }
  }
  return t;
}

/** Words that never stand as the head noun of a compound. */
const NOT_HEADS = new Set(['and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'as', 'is', 'are', 'be', 'that', 'which']);
const ADVERB = /ly$/;
/** Renderings this long or longer may hold a compound's head noun after their first word. */
const MIN_HEADED_PATTERN = 4;

/**
 * Whether words[at] is the first word of a long pattern in its adjective form and words[at + 1] a head noun the
 * Chinese compound adds, the rest of the pattern following: "socialist culture with Chinese characteristics" holds
 * "socialism with Chinese characteristics", one phrase, one word inserted.
 */
function headInserted(words: readonly EnglishWord[], at: number, pattern: readonly string[], text: string | undefined): boolean {
  const [first, second] = pattern;
  const [adjective, head, next] = [words[at], words[at + 1], words[at + 2]];
  if (pattern.length < MIN_HEADED_PATTERN || TURNED.has(pattern) || !first || !adjective || !head || !next) return false;
  // An adverb ("comprehensively promote the rule of law") qualifies a verb, not a head noun.
  if (adjective.stem === first || ADVERB.test(adjective.norm) || !sameFamily(adjective.stem, first)) return false;
  if (NOT_HEADS.has(head.stem) || next.stem !== second) return false;
  return text === undefined || !PHRASE_BREAK.test(text.slice(adjective.end, next.start));
}

/**
 * Every place where one of the patterns stands in the words, longest first and none overlapping:
 * a longer rendering wins over one it contains ("strong cyber power" over "cyber power"). Given the
 * text the words come from, a turned-round rendering never runs across a comma or the end of a sentence.
 */
export function findRenderingSpans(words: readonly EnglishWord[], patterns: readonly (readonly string[])[], text?: string): Span[] {
  const found: Span[] = [];
  for (let at = 0; at < words.length; at++) {
    const first = words[at];
    if (!first) continue;
    for (const pattern of patterns) {
      const end = matchAt(words, at, pattern, text);
      const last = words[end - 1];
      if (end > at && last) found.push({ start: first.start, end: last.end });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of found) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
