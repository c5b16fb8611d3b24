import { Converter } from 'opencc-js/t2cn';
import { englishWords } from '../english';
import { findAll, hanRuns, hasHan, isHan, mergeSpans, parsePinyinQuery, type PinyinQuery } from './text';
import { FIELD, hanPositions, indexTerm, syllablePair } from './terms';
import type { Span } from '../segment';
import type { DocumentHits, HitCount, QueryKind, SearchHit, SearchOptions, SearchSource, StoredBead, TermQuery } from './types';

/**
 * Longest query searched, in characters (code points): a sentence or two, enough for any phrase a reader looks
 * for; a longer one finds nothing rather than costing the server work that grows with it.
 */
export const MAX_QUERY_LENGTH = 200;

/** Whether a query is longer than MAX_QUERY_LENGTH, once trimmed. */
export const isQueryTooLong = (query: string): boolean => Array.from(query.trim()).length > MAX_QUERY_LENGTH;

export const DEFAULT_SEARCH_OPTIONS: Required<SearchOptions> = { limit: 100, offset: 0 };

/** Splits a Chinese query into parts that must each occur: anything but letters and digits separates them. */
const CHINESE_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** How a query will be read: Han characters → Chinese; complete pinyin → pinyin and English; else English. */
export function detectQueryKind(query: string): QueryKind {
  if (hasHan(query)) return 'chinese';
  return parsePinyinQuery(query) ? 'pinyin' : 'english';
}

/**
 * Traditional → Simplified for queries. The corpus is Simplified, and the
 * Taiwan and Hong Kong tables disagree on a few characters (著/着), so the
 * query is tried as typed and as read by each.
 */
let toSimplified: ((text: string) => string)[] | undefined;
function simplifiedForms(text: string): string[] {
  toSimplified ??= [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
  return [...new Set([text, ...toSimplified.map((convert) => convert(text))])];
}

/**
 * One retrieval of a query: the beads its index query finds, best first. Tiers are searched in order, so the
 * exact tier's hits rank before the loose one's; each tier's query excludes what an earlier one found.
 */
interface Tier {
  query: TermQuery;
  exact: boolean;
  /**
   * Whether the index query can find a bead that does not hold the query (a part mixing Han with letters or
   * digits): its candidates are checked against their text before they count. Otherwise the index is exact and
   * only the beads of the page shown are read.
   */
  checked: boolean;
}

/** What a hit marks in its bead, or undefined when the bead does not hold the query. */
type Marker = (bead: StoredBead) => { zhSpans: Span[]; enSpans: Span[]; matchedAs: QueryKind } | undefined;

interface Plan {
  tiers: Tier[];
  mark: Marker;
}

const all = (terms: readonly TermQuery[]): TermQuery => (terms.length === 1 ? terms[0]! : { and: [...terms] });
const any = (terms: readonly TermQuery[]): TermQuery => (terms.length === 1 ? terms[0]! : { or: [...terms] });
/** Consecutive terms; one term is itself. */
const phrase = (terms: readonly string[]): TermQuery => (terms.length === 1 ? { term: terms[0]! } : { phrase: [...terms] });

// ---------------------------------------------------------------- Chinese

/**
 * A run of Han characters as the index holds it (see hanGrams): its adjacent pairs as a phrase, or a lone
 * character as the prefix of a pair or a run's last character. Either way exactly the beads holding the run.
 */
const hanRunQuery = (run: readonly string[]): TermQuery =>
  run.length === 1
    ? { term: indexTerm(FIELD.zh, run[0] ?? ''), prefix: true }
    : phrase(run.slice(1).map((char, i) => indexTerm(FIELD.zh, `${run[i] ?? ''}${char}`)));

const isAllHan = (part: string) => Array.from(part).every(isHan);

function chinesePlan(query: string): Plan | undefined {
  const forms = simplifiedForms(query).map((form) => [...new Set(form.split(CHINESE_SEPARATOR).filter((p) => p !== ''))]);
  const retrievals = forms.flatMap((parts) => {
    const han = parts.filter(hasHan);
    if (han.length === 0) return [];
    // The whole segmented word is ORed in for ranking: a bead where the part is a word ranks above one where it straddles two.
    return [all(han.map((part) => any([all(hanRuns(part).map(hanRunQuery)), { term: indexTerm(FIELD.word, part) }])))];
  });
  if (retrievals.length === 0) return undefined;
  const checked = forms.some((parts) => parts.some((part) => !isAllHan(part)));
  return {
    tiers: [{ query: any(retrievals), exact: true, checked }],
    mark: (bead) => {
      for (const parts of forms) {
        const found = parts.map((part) => findAll(bead.zh, part));
        if (found.every((spans) => spans.length > 0)) return { zhSpans: mergeSpans(found.flat()), enSpans: [], matchedAs: 'chinese' };
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------- pinyin

/** Spans of consecutive Han characters whose syllables read `syllables`. */
function pinyinSpans(bead: StoredBead, syllables: readonly string[]): Span[] {
  const positions = hanPositions(bead.zh, bead.syllables);
  const spans: Span[] = [];
  for (let i = 0; i + syllables.length <= positions.length; i++) {
    const ok = syllables.every((s, k) => {
      const p = positions[i + k];
      const prev = positions[i + k - 1];
      return p !== undefined && p.syllable === s && (k === 0 || prev?.end === p.start);
    });
    const first = positions[i];
    const last = positions[i + syllables.length - 1];
    if (ok && first && last) spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

/**
 * The beads where a reading's syllables stand on consecutive characters: its syllable pairs as a phrase, or one
 * syllable alone or as the start of a pair (see pinyinGrams).
 */
function readingQuery(reading: readonly string[]): TermQuery {
  if (reading.length > 1) return phrase(reading.slice(1).map((s, i) => indexTerm(FIELD.pinyin, syllablePair(reading[i] ?? '', s))));
  const syllable = reading[0] ?? '';
  return any([{ term: indexTerm(FIELD.pinyin, syllable) }, { term: indexTerm(FIELD.pinyin, syllablePair(syllable, '')), prefix: true }]);
}

// ---------------------------------------------------------------- English

/** Phrase occurrences when there are any (exact), else every occurrence of each query word. */
function englishSpans(text: string, stems: readonly string[]): { exact: boolean; spans: Span[] } {
  const tokens = englishWords(text);
  const phrases: Span[] = [];
  for (let i = 0; i + stems.length <= tokens.length; i++) {
    if (stems.every((s, k) => tokens[i + k]?.stem === s)) {
      const first = tokens[i];
      const last = tokens[i + stems.length - 1];
      if (first && last) phrases.push({ start: first.start, end: last.end });
    }
  }
  if (phrases.length > 0) return { exact: true, spans: phrases };
  const wanted = new Set(stems);
  const found = tokens.filter((t) => wanted.has(t.stem));
  const allPresent = [...wanted].every((s) => found.some((t) => t.stem === s));
  return { exact: false, spans: allPresent ? found.map(({ start, end }): Span => ({ start, end })) : [] };
}

/**
 * English, and pinyin read both ways: the exact tier holds the phrase (or the pinyin on consecutive
 * characters); the loose tier every English word of the query but not the phrase.
 */
function englishPlan(query: string, pinyinQuery: PinyinQuery | undefined): Plan | undefined {
  const stems = englishWords(query)
    .map((t) => t.stem)
    .filter((stem) => indexTerm(FIELD.en, stem).length > 1);
  const readings = pinyinQuery?.readings ?? [];
  if (stems.length === 0 && readings.length === 0) return undefined;
  const terms = stems.map((stem) => indexTerm(FIELD.en, stem));
  const pinyinWords = (pinyinQuery?.words ?? []).map((word) => ({ term: indexTerm(FIELD.pinyinWord, word) }));
  const syllables = readings.length > 0 ? any(readings.map(readingQuery)) : undefined;
  // Whole words of the pinyin rank a bead up without widening what is found (the pinyin must hold too).
  const pinyin = syllables && pinyinWords.length > 0 ? all([syllables, any([syllables, all(pinyinWords)])]) : syllables;
  const exact = any([...(pinyin ? [pinyin] : []), ...(terms.length > 0 ? [phrase(terms)] : [])]);
  const tiers: Tier[] = [{ query: exact, exact: true, checked: false }];
  if (new Set(terms).size > 1)
    tiers.push({ query: { minus: [all([...new Set(terms)].map((term) => ({ term }))), exact] }, exact: false, checked: false });
  return {
    tiers,
    mark: (bead) => {
      const zhSpans = mergeSpans(readings.flatMap((reading) => pinyinSpans(bead, reading)));
      const en = stems.length > 0 ? englishSpans(bead.en, stems) : { spans: [] };
      if (zhSpans.length === 0 && en.spans.length === 0) return undefined;
      return { zhSpans, enSpans: mergeSpans(en.spans), matchedAs: zhSpans.length > 0 ? 'pinyin' : 'english' };
    },
  };
}

// ---------------------------------------------------------------- ranking

function planOf(query: string): Plan | undefined {
  const trimmed = query.trim();
  if (trimmed === '' || isQueryTooLong(trimmed)) return undefined;
  const kind = detectQueryKind(trimmed);
  if (kind === 'chinese') return chinesePlan(trimmed);
  return englishPlan(trimmed, kind === 'pinyin' ? parsePinyinQuery(trimmed) : undefined);
}

/** Candidates read per query while skipping to a checked tier's page. */
const CHECK_BATCH = 100;

/**
 * Most candidates a checked tier reads, best first: "x网络" is looked for among the beads holding 网络, and at
 * some size of library that is too many to read for one query; what the best of them hold is shown.
 */
export const MAX_CHECKED_CANDIDATES = 2000;

/**
 * Searches the beads of the library index for a query in Simplified or Traditional characters,
 * pinyin (tone marks, tone digits or none; spaced or run together) or English, one page at a time.
 * The database ranks (BM25 or ts_rank) and cuts the page; only the page's beads are read, to place the highlights.
 * Exact hits (the Chinese string, the pinyin on consecutive characters, the English phrase) rank first.
 */
export async function searchBeads(source: SearchSource, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const { limit, offset } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
  const plan = planOf(query);
  if (!plan || limit <= 0) return [];
  const hits: SearchHit[] = [];
  let skip = Math.max(0, offset);
  for (const tier of plan.tiers) {
    if (hits.length >= limit) break;
    const hit = (bead: StoredBead, score: number, top: number): SearchHit | undefined => {
      const marks = plan.mark(bead);
      if (!marks) return undefined;
      const { id, slug, zh, en } = bead;
      return { id, slug, bead: bead.bead, zh, en, score: top > 0 ? score / top : 1, exact: tier.exact, ...marks };
    };
    if (!tier.checked) {
      // The index is exact: the database skips to the page and only the page's beads are read.
      const skipped = skip > 0 ? await source.count(tier.query, skip) : 0;
      skip -= skipped;
      if (skip > 0) continue;
      const found = await source.candidates(tier.query, { limit: limit - hits.length, offset: skipped });
      // Scores are relative to the tier's best candidate, on an earlier page unless this is the first.
      const best = skipped === 0 ? found[0] : (await source.candidates(tier.query, { limit: 1, offset: 0 }))[0];
      const top = best?.score ?? 0;
      const beads = await source.beads(found.map((c) => c.id));
      for (const c of found) {
        const bead = beads.get(c.id);
        const h = bead && hit(bead, c.score, top);
        if (h) hits.push(h);
      }
      continue;
    }
    for await (const { bead, score, top } of checkedCandidates(source, tier)) {
      const h = hit(bead, score, top);
      if (!h) continue;
      if (skip > 0) skip--;
      else hits.push(h);
      if (hits.length >= limit) break;
    }
  }
  return hits;
}

/** A checked tier's candidates with their beads, best first, at most MAX_CHECKED_CANDIDATES; `top` is the tier's best score. */
async function* checkedCandidates(source: SearchSource, tier: Tier): AsyncGenerator<{ bead: StoredBead; score: number; top: number }> {
  let top = 0;
  for (let at = 0; at < MAX_CHECKED_CANDIDATES; at += CHECK_BATCH) {
    const found = await source.candidates(tier.query, { limit: CHECK_BATCH, offset: at });
    if (at === 0) top = found[0]?.score ?? 0;
    const beads = await source.beads(found.map((c) => c.id));
    for (const c of found) {
      const bead = beads.get(c.id);
      if (bead) yield { bead, score: c.score, top };
    }
    if (found.length < CHECK_BATCH) return;
  }
}

/** Beads counted at most for a query's total: beyond, the page says "more than". */
export const COUNT_LIMIT = 1000;

/**
 * How many beads `query` finds, up to `upTo`: the index counts an exact tier; a checked one is counted by its
 * text, among the candidates it reads (MAX_CHECKED_CANDIDATES).
 */
export async function countHits(source: SearchSource, query: string, upTo = COUNT_LIMIT): Promise<HitCount> {
  const plan = planOf(query);
  let count = 0;
  for (const tier of plan?.tiers ?? []) {
    if (count > upTo) break;
    if (!tier.checked) {
      count += await source.count(tier.query, upTo + 1 - count);
      continue;
    }
    for await (const { bead } of checkedCandidates(source, tier)) {
      if (plan?.mark(bead)) count++;
      if (count > upTo) break;
    }
  }
  return count > upTo ? { count: upTo, more: true } : { count, more: false };
}

/** Groups ranked hits by document, documents in the order of their best hit. */
export function groupHitsByDocument(hits: readonly SearchHit[]): DocumentHits[] {
  const groups = new Map<string, DocumentHits>();
  for (const hit of hits) {
    const group = groups.get(hit.slug);
    if (group) group.hits.push(hit);
    else groups.set(hit.slug, { slug: hit.slug, score: hit.score, hits: [hit] });
  }
  return [...groups.values()];
}
