import { BusyError, heavyGate, yieldToEventLoop } from '../admission';
import { findGlossaryEntry } from '../glossary';
import { convertText, convertWord, type Script } from '../script';
import { countHits, detectQueryKind, groupHitsByDocument, isQueryTooLong, searchBeads, type QueryKind, type SearchSource } from '../search';
import type { Span } from '../segment';
import { beadContexts, documentMetas, searchSource, type BeadContext, type IndexDatabase } from '../store';
import { BEAD_PARAGRAPH_SEPARATOR } from '../bitext';
import { readHref } from './links';
import { sentencePairWindow } from './sentences';

/** A piece of a result's text; `mark` says whether it matched. */
export interface Highlighted {
  text: string;
  mark: 'match' | 'rendering' | null;
}

export interface SearchResultBead {
  beadNumber: number;
  href: string;
  zh: Highlighted[];
  en: Highlighted[];
}

export interface SearchResultDocument {
  slug: string;
  title: { zh?: string | undefined; en: string };
  hits: SearchResultBead[];
}

export interface SearchResults {
  query: string;
  kind: QueryKind;
  /** The glossary term the query names, when it names one: its renderings are highlighted too. */
  term: string | null;
  /** `term` as shown, in the reader's script. */
  termLabel: string | null;
  /** The query is longer than MAX_QUERY_LENGTH and was not searched. */
  tooLong: boolean;
  /** The server had too many searches waiting and refused this one: try again after `retryAfterSeconds`. */
  busy: { retryAfterSeconds: number } | null;
  /** Beads found, counted up to lib/search COUNT_LIMIT; `more` when there are more than that. */
  total: number;
  more: boolean;
  /** This page (from 1) and whether another follows it; SEARCH_PAGE_SIZE beads a page. */
  page: number;
  hasNextPage: boolean;
  documents: SearchResultDocument[];
}

/** Beads shown on one page of results: the server reads and highlights only these. */
export const SEARCH_PAGE_SIZE = 20;
/** Pages past this are not served: a query's cost should follow the page, and nobody reads page 51. */
export const MAX_SEARCH_PAGE = 50;

/** The text of `window` (all of it when none) with the spans inside it marked; an ellipsis where the bead goes on. */
function highlight(
  text: string,
  spans: ReadonlyArray<{ span: Span; mark: 'match' | 'rendering' }>,
  convert: (s: string) => string,
  window: Span = { start: 0, end: text.length },
): Highlighted[] {
  const sorted = spans
    .filter(({ span }) => span.start >= window.start && span.end <= window.end)
    .sort((a, b) => a.span.start - b.span.start);
  const out: Highlighted[] = window.start > 0 ? [{ text: '… ', mark: null }] : [];
  let offset = window.start;
  for (const { span, mark } of sorted) {
    const { start, end } = span;
    if (start < offset) continue;
    if (start > offset) out.push({ text: convert(text.slice(offset, start)), mark: null });
    out.push({ text: convert(text.slice(start, end)), mark });
    offset = end;
  }
  if (offset < window.end) out.push({ text: convert(text.slice(offset, window.end)), mark: null });
  if (window.end < text.length) out.push({ text: ' …', mark: null });
  return out;
}

/** The sentence pair around a hit's first match, in each side's bead text, where the bead is aligned by sentence. */
function pairWindow(context: BeadContext | undefined, side: 'zh' | 'en', offset: number | undefined) {
  if (!context || offset === undefined) return undefined;
  return sentencePairWindow(context.bead, context.sentences, context.lengths, side, offset, BEAD_PARAGRAPH_SEPARATOR.length);
}

/** Offsets of the term's renderings in a bead's joined English text. */
function renderingSpans(context: BeadContext | undefined, term: string): Span[] {
  if (!context) return [];
  const base = new Map<number, number>();
  let offset = 0;
  for (const p of context.bead.en) {
    base.set(p, offset);
    offset += (context.lengths.en[p] ?? 0) + BEAD_PARAGRAPH_SEPARATOR.length;
  }
  return context.occurrences.flatMap((o) => {
    if (o.term !== term || !o.en) return [];
    const at = base.get(o.en.paragraph);
    return at === undefined ? [] : [{ start: at + o.en.start, end: at + o.en.end }];
  });
}

/** Hits whose contexts are read between two turns of the event loop: a few queries each, a few milliseconds. */
const CONTEXT_CHUNK = 10;

/**
 * The index's search queries, each after a turn of the event loop: they run synchronously on SQLite, so a search
 * would otherwise hold the loop from its first query to its last while a reader's page waits.
 */
function yielding(source: SearchSource): SearchSource {
  return {
    candidates: async (query, page) => (await yieldToEventLoop(), source.candidates(query, page)),
    count: async (query, upTo) => (await yieldToEventLoop(), source.count(query, upTo)),
    beads: async (ids) => (await yieldToEventLoop(), source.beads(ids)),
  };
}

/**
 * Searches the library index, through the heavy-work gate (lib/admission): a few at once, the rest waiting
 * their turn, and none when too many wait (`busy`).
 */
export async function runSearch(index: IndexDatabase, query: string, script: Script, page = 1): Promise<SearchResults> {
  const trimmed = query.trim();
  const tooLong = isQueryTooLong(trimmed);
  const kind = tooLong ? 'english' : detectQueryKind(trimmed);
  const shown = Number.isInteger(page) ? Math.min(Math.max(page, 1), MAX_SEARCH_PAGE) : 1;
  const none = {
    query: trimmed,
    kind,
    term: null,
    termLabel: null,
    tooLong,
    busy: null,
    total: 0,
    more: false,
    page: shown,
    hasNextPage: false,
    documents: [],
  };
  if (!trimmed || tooLong) return none;
  try {
    return await heavyGate().run(() => search(index, trimmed, kind, script, shown));
  } catch (error) {
    if (error instanceof BusyError) return { ...none, busy: { retryAfterSeconds: error.retryAfterSeconds } };
    throw error;
  }
}

async function search(index: IndexDatabase, trimmed: string, kind: QueryKind, script: Script, page: number): Promise<SearchResults> {
  const source = yielding(searchSource(index));
  // The page and the count are independent statements, and so are the page's contexts and titles: on PostgreSQL
  // each is a round trip, and the pool runs them at once; on SQLite they still run one after another.
  const [found, { count, more }] = await Promise.all([
    searchBeads(source, trimmed, { limit: SEARCH_PAGE_SIZE + 1, offset: (page - 1) * SEARCH_PAGE_SIZE }),
    countHits(source, trimmed),
  ]);
  const hits = found.slice(0, SEARCH_PAGE_SIZE);
  // A Chinese query that is a glossary term (in either script): its renderings are shown too.
  const term =
    kind === 'chinese'
      ? (hits.map((h) => h.zh.slice(h.zhSpans[0]?.start ?? 0, h.zhSpans[0]?.end ?? 0)).find((t) => t && findGlossaryEntry(t)) ?? null)
      : null;
  const chunks: number[][] = [];
  for (let start = 0; start < hits.length; start += CONTEXT_CHUNK) chunks.push(hits.slice(start, start + CONTEXT_CHUNK).map((h) => h.id));
  const [chunkContexts, metas] = await Promise.all([
    Promise.all(chunks.map(async (ids) => (await yieldToEventLoop(), beadContexts(index, ids)))),
    documentMetas(
      index,
      hits.map((h) => h.slug),
    ),
  ]);
  const contexts = new Map<number, BeadContext>(chunkContexts.flatMap((chunk) => [...chunk]));
  const toScript = (s: string) => convertText(s, script);
  const documents = groupHitsByDocument(hits).map((group) => {
    const title = metas.get(group.slug)?.meta.title ?? { en: group.slug };
    return {
      slug: group.slug,
      title: title.zh ? { ...title, zh: toScript(title.zh) } : title,
      hits: group.hits.map((hit) => {
        const context = contexts.get(hit.id);
        const rendering = term ? renderingSpans(context, term) : [];
        const pair = pairWindow(context, hit.zhSpans[0] ? 'zh' : 'en', (hit.zhSpans[0] ?? hit.enSpans[0])?.start);
        return {
          beadNumber: hit.bead + 1,
          href: readHref(hit.slug, hit.bead + 1),
          zh: highlight(
            hit.zh,
            hit.zhSpans.map((span) => ({ span, mark: 'match' as const })),
            toScript,
            pair?.zh,
          ),
          en: highlight(
            hit.en,
            [
              ...hit.enSpans.map((span) => ({ span, mark: 'match' as const })),
              ...rendering.map((span) => ({ span, mark: 'rendering' as const })),
            ],
            (s) => s,
            pair?.en,
          ),
        };
      }),
    };
  });
  return {
    query: trimmed,
    kind,
    term,
    termLabel: term && convertWord(term, script),
    tooLong: false,
    busy: null,
    // The count is the index's; at least what the pages shown so far hold.
    total: Math.max(count, (page - 1) * SEARCH_PAGE_SIZE + hits.length),
    more,
    page,
    hasNextPage: found.length > SEARCH_PAGE_SIZE && page < MAX_SEARCH_PAGE,
    documents,
  };
}
