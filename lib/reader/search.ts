import { corpusVersion, getCorpus, getDocument } from '../corpus';
import { findGlossaryEntry } from '../glossary';
import { convertText, convertWord, type Script } from '../script';
import {
  buildSearchIndex,
  detectQueryKind,
  groupHitsByDocument,
  isQueryTooLong,
  readSearchIndex,
  searchBeads,
  type QueryKind,
  type SearchBead,
  type SearchIndex,
} from '../search';
import { paragraphWords, type Span } from '../segment';
import { getCorpusOccurrences, type TermOccurrence } from '../terms';
import { BEAD_PARAGRAPH_SEPARATOR, beadText, documentBeads, documentSentences } from '../bitext';
import { readHref } from './links';
import { sentencePairWindow } from './sentences';

export function corpusSearchBeads(): SearchBead[] {
  return getCorpus().flatMap((doc) =>
    documentBeads(doc).map((bead, i) => ({
      slug: doc.meta.slug,
      bead: i,
      zh: beadText(doc.zh ?? [], bead.zh),
      en: beadText(doc.en ?? [], bead.en),
      zhWords: bead.zh.flatMap((p) => paragraphWords(doc.zh?.[p] ?? '')),
    })),
  );
}

let index: { version: string; index: SearchIndex } | undefined;
let occurrencesByBead: Map<string, TermOccurrence[]> | undefined;

/**
 * The index written at build time, rebuilt in process (once per corpus version) when the corpus has
 * changed since: a document imported or re-aligned while the server runs, or, at start-up, documents
 * that the build's index does not hold.
 */
function getSearchIndex(): SearchIndex {
  const version = corpusVersion();
  if (!index) {
    const built = readSearchIndex();
    const slugs = (list: readonly string[]) => [...new Set(list)].sort().join('\n');
    const current = slugs(built.beads.map((b) => b.slug)) === slugs(getCorpus().map((doc) => doc.meta.slug));
    index = { version: current ? version : '', index: built };
  }
  if (index.version !== version) {
    index = { version, index: buildSearchIndex(corpusSearchBeads()) };
    occurrencesByBead = undefined;
  }
  return index.index;
}

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
  total: number;
  documents: SearchResultDocument[];
}

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
function pairWindow(slug: string, bead: number, side: 'zh' | 'en', offset: number | undefined) {
  const doc = getDocument(slug);
  const paragraphBead = doc ? documentBeads(doc)[bead] : undefined;
  if (!doc || !paragraphBead || offset === undefined) return undefined;
  const lengths = { zh: (doc.zh ?? []).map((p) => p.length), en: (doc.en ?? []).map((p) => p.length) };
  return sentencePairWindow(paragraphBead, documentSentences(doc)[bead] ?? [], lengths, side, offset, BEAD_PARAGRAPH_SEPARATOR.length);
}

/** Term occurrences grouped by `slug#bead`, built once: every search result looks its bead up. */
function occurrencesOf(slug: string, bead: number): TermOccurrence[] {
  if (!occurrencesByBead) {
    occurrencesByBead = new Map();
    for (const o of getCorpusOccurrences()) {
      const key = `${o.slug}#${o.bead}`;
      occurrencesByBead.set(key, [...(occurrencesByBead.get(key) ?? []), o]);
    }
  }
  return occurrencesByBead.get(`${slug}#${bead}`) ?? [];
}

/** Offsets of the term's renderings in a bead's joined English text. */
function renderingSpans(slug: string, bead: number, term: string): Span[] {
  const doc = getDocument(slug);
  const enIndices = doc ? (documentBeads(doc)[bead]?.en ?? []) : [];
  const base = new Map<number, number>();
  let offset = 0;
  for (const p of enIndices) {
    base.set(p, offset);
    offset += (doc?.en?.[p]?.length ?? 0) + BEAD_PARAGRAPH_SEPARATOR.length;
  }
  return occurrencesOf(slug, bead).flatMap((o) => {
    if (o.term !== term || !o.en) return [];
    const at = base.get(o.en.paragraph);
    return at === undefined ? [] : [{ start: at + o.en.start, end: at + o.en.end }];
  });
}

/** Searches the corpus; `index` is the one the build wrote unless a test passes its own. */
export function runSearch(query: string, script: Script, given?: SearchIndex): SearchResults {
  const trimmed = query.trim();
  const tooLong = isQueryTooLong(trimmed);
  const kind = tooLong ? 'english' : detectQueryKind(trimmed);
  if (!trimmed || tooLong) return { query: trimmed, kind, term: null, termLabel: null, tooLong, total: 0, documents: [] };
  const index = given ?? getSearchIndex();
  const hits = searchBeads(index, trimmed);
  const textOf = new Map(index.beads.map((b) => [`${b.slug}#${b.bead}`, b]));
  // A Chinese query that is a glossary term (in either script): its renderings are shown too.
  const term =
    kind === 'chinese'
      ? (hits
          .map((h) => textOf.get(`${h.slug}#${h.bead}`)?.zh.slice(h.zhSpans[0]?.start ?? 0, h.zhSpans[0]?.end ?? 0))
          .find((t) => t && findGlossaryEntry(t)) ?? null)
      : null;
  const toScript = (s: string) => convertText(s, script);
  const documents = groupHitsByDocument(hits).map((group) => {
    const title = getDocument(group.slug)?.meta.title ?? { en: group.slug };
    return {
      slug: group.slug,
      title: title.zh ? { ...title, zh: toScript(title.zh) } : title,
      hits: group.hits.map((hit) => {
        const stored = textOf.get(`${hit.slug}#${hit.bead}`);
        const rendering = term ? renderingSpans(hit.slug, hit.bead, term) : [];
        const pair = pairWindow(hit.slug, hit.bead, hit.zhSpans[0] ? 'zh' : 'en', (hit.zhSpans[0] ?? hit.enSpans[0])?.start);
        return {
          beadNumber: hit.bead + 1,
          href: readHref(hit.slug, hit.bead + 1),
          zh: highlight(
            stored?.zh ?? '',
            hit.zhSpans.map((span) => ({ span, mark: 'match' as const })),
            toScript,
            pair?.zh,
          ),
          en: highlight(
            stored?.en ?? '',
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
  return { query: trimmed, kind, term, termLabel: term && convertWord(term, script), tooLong, total: hits.length, documents };
}
