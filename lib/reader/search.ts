import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusVersion, getCorpus, getDocument } from '../corpus';
import { findGlossaryEntry } from '../glossary';
import { convertText, type Script } from '../script';
import {
  buildSearchIndex,
  detectQueryKind,
  groupHitsByDocument,
  loadSearchIndex,
  searchBeads,
  serializeSearchIndex,
  type QueryKind,
  type SearchBead,
  type SearchIndex,
  type Span,
} from '../search';
import { segmentParagraph } from '../segment';
import { getCorpusOccurrences, type TermOccurrence } from '../terms';
import { getBeads } from './index';
import { readHref } from './links';

/** Written by `npm run build` (scripts/build-search-index.ts) and read by the search page. */
export const SEARCH_INDEX_FILE = path.join(process.cwd(), '.cache', 'search-index.json');

/** Paragraphs of one side of a bead are searched and shown as one text, joined by this. */
const PARAGRAPH_JOIN = '\n\n';

export function corpusSearchBeads(): SearchBead[] {
  return getCorpus().flatMap((doc) =>
    getBeads(doc).map((bead, i) => {
      const zhParagraphs = bead.zh.map((p) => doc.zh?.[p] ?? '');
      return {
        slug: doc.meta.slug,
        bead: i,
        zh: zhParagraphs.join(PARAGRAPH_JOIN),
        en: bead.en.map((p) => doc.en?.[p] ?? '').join(PARAGRAPH_JOIN),
        zhWords: zhParagraphs.flatMap((p) => segmentParagraph(p).filter((t) => t.kind === 'word').map((t) => t.text)),
      };
    }),
  );
}

/** Builds the corpus index and writes it to SEARCH_INDEX_FILE; returns its size in bytes. */
export function writeSearchIndex(file = SEARCH_INDEX_FILE): number {
  const json = serializeSearchIndex(buildSearchIndex(corpusSearchBeads()));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json);
  return Buffer.byteLength(json);
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
    if (!existsSync(SEARCH_INDEX_FILE)) {
      throw new Error(`${SEARCH_INDEX_FILE}: search index missing — run \`npm run build\` (it writes the index)`);
    }
    const built = loadSearchIndex(readFileSync(SEARCH_INDEX_FILE, 'utf8'));
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
  total: number;
  documents: SearchResultDocument[];
}

function highlight(text: string, spans: ReadonlyArray<{ span: Span; mark: 'match' | 'rendering' }>, convert: (s: string) => string): Highlighted[] {
  const sorted = [...spans].sort((a, b) => a.span[0] - b.span[0]);
  const out: Highlighted[] = [];
  let offset = 0;
  for (const { span, mark } of sorted) {
    const [start, end] = span;
    if (start < offset) continue;
    if (start > offset) out.push({ text: convert(text.slice(offset, start)), mark: null });
    out.push({ text: convert(text.slice(start, end)), mark });
    offset = end;
  }
  if (offset < text.length) out.push({ text: convert(text.slice(offset)), mark: null });
  return out;
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
  const enIndices = doc ? (getBeads(doc)[bead]?.en ?? []) : [];
  const base = new Map<number, number>();
  let offset = 0;
  for (const p of enIndices) {
    base.set(p, offset);
    offset += (doc?.en?.[p]?.length ?? 0) + PARAGRAPH_JOIN.length;
  }
  return occurrencesOf(slug, bead).flatMap((o) => {
    if (o.term !== term || !o.en) return [];
    const at = base.get(o.en.paragraph);
    return at === undefined ? [] : [[at + o.en.start, at + o.en.end] as Span];
  });
}

export function runSearch(query: string, script: Script): SearchResults {
  const trimmed = query.trim();
  const kind = detectQueryKind(trimmed);
  if (!trimmed) return { query: trimmed, kind, term: null, total: 0, documents: [] };
  const idx = getSearchIndex();
  const hits = searchBeads(idx, trimmed);
  const textOf = new Map(idx.beads.map((b) => [`${b.slug}#${b.bead}`, b]));
  // A Chinese query that is a glossary term (in either script): its renderings are shown too.
  const term =
    kind === 'chinese'
      ? (hits.map((h) => textOf.get(`${h.slug}#${h.bead}`)?.zh.slice(...(h.zhSpans[0] ?? [0, 0]))).find((t) => t && findGlossaryEntry(t)) ?? null)
      : null;
  const toScript = (s: string) => convertText(s, script);
  const documents = groupHitsByDocument(hits).map((group) => {
    const doc = getDocument(group.slug);
    return {
      slug: group.slug,
      title: doc?.meta.title ?? { en: group.slug },
      hits: group.hits.map((hit) => {
        const stored = textOf.get(`${hit.slug}#${hit.bead}`);
        const rendering = term ? renderingSpans(hit.slug, hit.bead, term) : [];
        return {
          beadNumber: hit.bead + 1,
          href: readHref(hit.slug, hit.bead + 1),
          zh: highlight(stored?.zh ?? '', hit.zhSpans.map((span) => ({ span, mark: 'match' as const })), toScript),
          en: highlight(
            stored?.en ?? '',
            [...hit.enSpans.map((span) => ({ span, mark: 'match' as const })), ...rendering.map((span) => ({ span, mark: 'rendering' as const }))],
            (s) => s,
          ),
        };
      }),
    };
  });
  return { query: trimmed, kind, term, total: hits.length, documents };
}
