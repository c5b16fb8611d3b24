import { Converter } from 'opencc-js/t2cn';
import { englishWords } from '../english';
import { findAll, hanQueryGrams, hasHan, isLoneHan, mergeSpans, parsePinyinQuery, type PinyinQuery } from './text';
import { FIELD, hanPositions, indexTerm, syllablePair } from './terms';
import type { Span } from '../segment';
import type { DocumentHits, QueryKind, SearchHit, SearchOptions, SearchSource, StoredBead, TermQuery } from './types';
/**
 * Longest query searched, in characters (code points): a sentence or two, enough for any phrase a reader looks
 * for; a longer one finds nothing rather than costing the server work that grows with it.
 */
export const MAX_QUERY_LENGTH = 200;

/** Whether a query is longer than MAX_QUERY_LENGTH, once trimmed. */
export const isQueryTooLong = (query: string): boolean => Array.from(query.trim()).length > MAX_QUERY_LENGTH;

export const DEFAULT_SEARCH_OPTIONS: Required<SearchOptions> = { limit: 100 };

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

interface Match {
  id: number;
  engineScore: number;
  exact: boolean;
  zhSpans: Span[];
  enSpans: Span[];
}

/**
 * Candidates the index is asked for per retrieval, best first. Each is checked against its text, so this bounds
 * the work of one query whatever the library holds; a query that a thousand beads match finds its best hundred.
 */
export const CANDIDATES_PER_QUERY = 400;

/** The candidates of `query` with their beads, best first. */
async function candidates(source: SearchSource, query: TermQuery): Promise<Array<{ bead: StoredBead; score: number }>> {
  const found = await source.candidates(query, CANDIDATES_PER_QUERY);
  const beads = await source.beads(found.map((c) => c.id));
  return found.flatMap((c) => {
    const bead = beads.get(c.id);
    return bead ? [{ bead, score: c.score }] : [];
  });
}

const all = (terms: readonly TermQuery[]): TermQuery => ({ and: [...terms] });
const any = (terms: readonly TermQuery[]): TermQuery => ({ or: [...terms] });

// ---------------------------------------------------------------- Chinese

async function searchChinese(source: SearchSource, query: string, limit: number): Promise<Match[]> {
  const matches = new Map<number, Match>();
  for (const form of simplifiedForms(query)) {
    const parts = form.split(CHINESE_SEPARATOR).filter((p) => p !== '');
    const retrieval = parts
      .filter(hasHan)
      .map((part) =>
        any([
          all(hanQueryGrams(part).map((gram) => ({ term: indexTerm(FIELD.zh, gram), prefix: isLoneHan(gram) }))),
          { term: indexTerm(FIELD.word, part) },
        ]),
      );
    if (retrieval.length === 0) continue;
    for (const { bead, score } of await candidates(source, all(retrieval))) {
      if (matches.size >= limit) break;
      if (matches.has(bead.id)) continue;
      const found = parts.map((part) => findAll(bead.zh, part));
      if (found.some((spans) => spans.length === 0)) continue;
      matches.set(bead.id, { id: bead.id, engineScore: score, exact: true, zhSpans: mergeSpans(found.flat()), enSpans: [] });
    }
  }
  return [...matches.values()];
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

function pinyinRetrieval(reading: readonly string[], words: readonly string[]): TermQuery {
  const pairs = reading.slice(1).map((s, i) => syllablePair(reading[i] ?? '', s));
  const syllables =
    pairs.length > 0
      ? all(pairs.map((pair) => ({ term: indexTerm(FIELD.pinyin, pair) })))
      : any(
          reading.flatMap((s) => [
            { term: indexTerm(FIELD.pinyin, s) },
            { term: indexTerm(FIELD.pinyin, syllablePair(s, '')), prefix: true },
          ]),
        );
  return any([syllables, all(words.map((word) => ({ term: indexTerm(FIELD.pinyinWord, word) })))]);
}

async function searchPinyin(source: SearchSource, parsed: PinyinQuery, limit: number): Promise<Match[]> {
  const matches = new Map<number, Match>();
  for (const reading of parsed.readings) {
    let found = 0;
    for (const { bead, score } of await candidates(source, pinyinRetrieval(reading, parsed.words))) {
      if (found >= limit) break;
      const spans = pinyinSpans(bead, reading);
      if (spans.length === 0) continue;
      found++;
      const known = matches.get(bead.id);
      matches.set(bead.id, {
        id: bead.id,
        engineScore: Math.max(known?.engineScore ?? 0, score),
        exact: true,
        zhSpans: mergeSpans([...(known?.zhSpans ?? []), ...spans]),
        enSpans: [],
      });
    }
  }
  return [...matches.values()];
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

async function searchEnglish(source: SearchSource, query: string, limit: number): Promise<Match[]> {
  const stems = englishWords(query).map((t) => t.stem);
  if (stems.length === 0) return [];
  const matches: Match[] = [];
  let exactCount = 0;
  for (const { bead, score } of await candidates(source, all(stems.map((stem) => ({ term: indexTerm(FIELD.en, stem) }))))) {
    if (exactCount >= limit) break;
    const { exact, spans } = englishSpans(bead.en, stems);
    if (spans.length === 0) continue;
    if (exact) exactCount++;
    matches.push({ id: bead.id, engineScore: score, exact, zhSpans: [], enSpans: mergeSpans(spans) });
  }
  return matches;
}

// ---------------------------------------------------------------- ranking

/** Scales engine scores to (0, 1] within one kind of match, so pinyin and English hits can be merged. */
function toHits(beads: ReadonlyMap<number, StoredBead>, matches: readonly Match[], matchedAs: QueryKind): Map<number, SearchHit> {
  const best = Math.max(...matches.map((m) => m.engineScore));
  const hits = new Map<number, SearchHit>();
  for (const m of matches) {
    const bead = beads.get(m.id);
    if (!bead) continue;
    hits.set(m.id, {
      id: m.id,
      slug: bead.slug,
      bead: bead.bead,
      score: best > 0 ? m.engineScore / best : 1,
      exact: m.exact,
      matchedAs,
      zh: bead.zh,
      en: bead.en,
      zhSpans: m.zhSpans,
      enSpans: m.enSpans,
    });
  }
  return hits;
}

const byRank = (a: SearchHit, b: SearchHit) =>
  Number(b.exact) - Number(a.exact) || b.score - a.score || a.slug.localeCompare(b.slug) || a.bead - b.bead;

/** Remembers the beads a source hands out, so hits can name their document and text. */
function remembering(source: SearchSource): { source: SearchSource; beads: Map<number, StoredBead> } {
  const beads = new Map<number, StoredBead>();
  return {
    beads,
    source: {
      candidates: (query, limit) => source.candidates(query, limit),
      beads: async (ids) => {
        const found = await source.beads(ids.filter((id) => !beads.has(id)));
        for (const [id, bead] of found) beads.set(id, bead);
        return new Map(ids.flatMap((id) => (beads.has(id) ? [[id, beads.get(id)!] as const] : [])));
      },
    },
  };
}

/**
 * Searches the beads of the library index for a query in Simplified or Traditional characters,
 * pinyin (tone marks, tone digits or none; spaced or run together) or English.
 * Every hit has been checked against the text, and its spans mark what matched.
 */
export async function searchBeads(given: SearchSource, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const { limit } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
  const trimmed = query.trim();
  if (trimmed === '' || isQueryTooLong(trimmed)) return [];
  const { source, beads } = remembering(given);
  const kind = detectQueryKind(trimmed);
  let hits: Map<number, SearchHit>;
  if (kind === 'chinese') {
    hits = toHits(beads, await searchChinese(source, trimmed, limit), 'chinese');
  } else {
    hits = toHits(beads, await searchEnglish(source, trimmed, limit), 'english');
    const parsed = kind === 'pinyin' ? parsePinyinQuery(trimmed) : undefined;
    if (parsed) {
      for (const [id, hit] of toHits(beads, await searchPinyin(source, parsed, limit), 'pinyin')) {
        const known = hits.get(id);
        hits.set(id, known ? mergeHits(known, hit) : hit);
      }
    }
  }
  return [...hits.values()].sort(byRank).slice(0, limit);
}

/** A bead found both as pinyin and as English keeps both highlights and the better rank. */
function mergeHits(a: SearchHit, b: SearchHit): SearchHit {
  const [better] = [a, b].sort(byRank);
  return {
    ...(better ?? a),
    exact: a.exact || b.exact,
    zhSpans: mergeSpans([...a.zhSpans, ...b.zhSpans]),
    enSpans: mergeSpans([...a.enSpans, ...b.enSpans]),
  };
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
