import type { Bead } from '../align';
import type { DocumentAnalysis } from '../analysis';
import type { SentenceBead } from '../sentence';
import { findGlossaryEntry, type GlossaryEntry } from '../glossary';
import { lookupWord } from '../dict';
import { convertText, convertWord, zhLangTag, type Script } from '../script';
import { documentCount, indexedDocument, libraryPage, renderingCounts, type IndexDatabase, type IndexedDocument } from '../store';
import type { TermOccurrence } from '../terms';
import type {
  EnParagraph,
  GlossaryCard,
  LibraryPage,
  LookupCards,
  NoteView,
  PageMarkup,
  ReadingRow,
  ReadingView,
  WordCard,
  ZhParagraph,
} from './types';
import { lookupHref, markupHref, termHref } from './links';
import { notesByBead } from './notes';
import { omissionsOf, sentenceMarkup } from './sentences';
import { termSummary } from './summary';
import { needsCheck } from './check';
import { decodeWordBoundaries, encodeRenderings, encodeWordBoundaries, type RenderingSpan } from './paragraph-markup';

export type * from './types';
export { needsCheck } from './check';
export { checklistHref, lookupHref, markupHref, notesHref, readHref, searchHref, termHref } from './links';

/** How each glossary term is rendered across the library: what the pop-up's glossary card lists. */
type LibraryRenderings = ReadonlyMap<string, ReadonlyArray<{ example: string; count: number }>>;

/** Where a look-up finds a word's glossary entry: the project's glossary, or the one the reader chose. */
type EntryOf = (word: string) => GlossaryEntry | undefined;

function glossaryCard(word: string, renderings: LibraryRenderings, entryOf: EntryOf): GlossaryCard | null {
  const entry = entryOf(word);
  if (!entry) return null;
  return {
    term: entry.term,
    recommended: entry.recommended,
    basis: entry.basis,
    category: entry.category,
    note: entry.note ?? null,
    renderings: (renderings.get(entry.term) ?? []).map((r) => ({ text: r.example, count: r.count })),
    href: termHref(entry.term),
  };
}

function wordCard(word: string, renderings: LibraryRenderings, entryOf: EntryOf): WordCard {
  const entry = lookupWord(word);
  return {
    simplified: entry.simplified,
    traditional: entry.traditional,
    pinyin: entry.pinyin,
    senses: entry.senses,
    glossary: glossaryCard(word, renderings, entryOf),
  };
}

/** A paragraph's tokens (from the index's word boundaries) as shown in `script`, each with its offset in the source text. */
function shownTokens(text: string, words: string, script: Script) {
  const tokens: Array<{ source: string; shown: string; word: boolean; start: number }> = [];
  let offset = 0;
  const push = (start: number, end: number, word: boolean) => {
    if (end <= start) return;
    const source = text.slice(start, end);
    // Converted word by word, so word boundaries and look-ups survive in Traditional.
    tokens.push({ source, shown: word ? convertWord(source, script) : convertText(source, script), word, start });
  };
  for (const span of decodeWordBoundaries(words)) {
    push(offset, span.start, false);
    push(span.start, span.end, true);
    offset = span.end;
  }
  push(offset, text.length, false);
  return tokens;
}

/**
 * A Chinese paragraph as shown; records in `ids` the id its term occurrences get on the page:
 * paragraph and word index, the word the browser marks up.
 */
function zhParagraph(
  text: string,
  words: string,
  paragraph: number,
  occurrences: readonly TermOccurrence[],
  script: Script,
  ids: Map<TermOccurrence, string>,
  sentences: { bead: Bead; beads: readonly SentenceBead[] },
): ZhParagraph {
  const tokens = shownTokens(text, words, script);
  // Sentences end at token boundaries; Traditional may change a token's length.
  const shownAt = new Map<number, number>();
  let shown = 0;
  for (const token of tokens) {
    shownAt.set(token.start, shown);
    shown += token.shown.length;
  }
  shownAt.set(text.length, shown);
  const terms: number[] = [];
  let wordIndex = 0;
  for (const token of tokens) {
    if (!token.word) continue;
    const occurrence = occurrences.find((o) => o.zh.paragraph === paragraph && o.zh.start === token.start);
    if (occurrence) {
      terms.push(wordIndex);
      ids.set(occurrence, `${paragraph}.${wordIndex}`);
    }
    wordIndex += 1;
  }
  return {
    index: paragraph,
    text: tokens.map((t) => t.shown).join(''),
    words: encodeWordBoundaries(tokens.map((t) => ({ length: t.shown.length, word: t.word }))),
    terms: terms.join(' '),
    sentences: sentenceMarkup(sentences.bead, sentences.beads, 'zh', paragraph, (offset) => shownAt.get(offset) ?? offset),
  };
}

function enParagraph(
  text: string,
  paragraph: number,
  occurrences: readonly TermOccurrence[],
  ids: ReadonlyMap<TermOccurrence, string>,
  sentences: { bead: Bead; beads: readonly SentenceBead[] },
): EnParagraph {
  const spans: RenderingSpan[] = [];
  const sorted = occurrences
    .flatMap((o) => {
      const id = ids.get(o);
      return o.en && o.en.paragraph === paragraph && id ? [{ ...o.en, id }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const last = spans.at(-1);
    // Renderings are one to one, so an overlap is a span nested in the one before: it joins it.
    if (last && span.start < last.end) last.ids.push(span.id);
    else spans.push({ start: span.start, end: span.end, ids: [span.id] });
  }
  return {
    index: paragraph,
    text,
    renders: encodeRenderings(spans),
    sentences: sentenceMarkup(sentences.bead, sentences.beads, 'en', paragraph),
  };
}

interface ViewInputs {
  /** The notes to show, by 0-based bead. */
  notes: ReadonlyMap<number, NoteView[]>;
  /** Where the page fetches its look-up cards and its markup; null for none (no Chinese, or not yet known). */
  hrefs: { lookup: string; markup: string } | null;
}

function readingViewOf(doc: DocumentAnalysis, script: Script, { notes, hrefs }: ViewInputs): ReadingView {
  const { slug } = doc.meta;
  const meta = doc.meta.title.zh ? { ...doc.meta, title: { ...doc.meta.title, zh: convertText(doc.meta.title.zh, script) } } : doc.meta;
  const bilingual = doc.kind === 'bilingual';
  const { beads, occurrences } = doc;
  const rows: ReadingRow[] = beads.map((bead, i) => {
    const mine = occurrences.filter((o) => o.bead === i);
    const ids = new Map<TermOccurrence, string>();
    const sentences = { bead, beads: doc.sentences[i] ?? [] };
    return {
      number: i + 1,
      zh: bead.zh.map((p) => zhParagraph(doc.zh?.[p] ?? '', doc.words[p] ?? '', p, mine, script, ids, sentences)),
      en: bead.en.map((p) => enParagraph(doc.en?.[p] ?? '', p, mine, ids, sentences)),
      origin: bilingual ? (bead.origin ?? 'aligner') : 'aligner',
      flagged: bilingual && needsCheck(bead),
      notes: notes.get(i) ?? [],
    };
  });
  return {
    meta,
    kind: doc.kind,
    script,
    zhLang: zhLangTag(script),
    rows,
    lookupHref: hrefs?.lookup ?? null,
    markupHref: hrefs?.markup ?? null,
    summary: termSummary(occurrences, script),
    omissions: bilingual
      ? omissionsOf(slug, beads, doc.sentences, { zh: doc.zh ?? [], en: doc.en ?? [] }, (text) => convertText(text, script))
      : [],
    beadCount: rows.length,
  };
}

/** The reading view of an indexed document (the notes follow the project's glossary: see getNotes for others). */
export function documentReadingView(doc: IndexedDocument, script: Script): ReadingView {
  const { slug } = doc.meta;
  const hrefs = doc.zh
    ? { lookup: lookupHref(slug, script, doc.renderVersion), markup: markupHref(slug, script, doc.renderVersion) }
    : null;
  return readingViewOf(doc, script, { notes: notesByBead(doc.notes, script), hrefs });
}

export async function getReadingView(index: IndexDatabase, slug: string, script: Script = 'hans'): Promise<ReadingView | undefined> {
  const doc = await indexedDocument(index, slug);
  return doc && documentReadingView(doc, script);
}

/** The markup of a view's paragraphs, which its page fetches rather than carries (see PageMarkup). */
export function pageMarkupOf(rows: readonly ReadingRow[]): PageMarkup {
  const markup: PageMarkup = { zh: [], en: [] };
  for (const row of rows) {
    for (const p of row.zh) markup.zh[p.index] = { words: p.words, terms: p.terms, sentences: p.sentences };
    for (const p of row.en) markup.en[p.index] = { renders: p.renders, sentences: p.sentences };
  }
  return markup;
}

/** The paragraph markup of a document's reading page in `script`; undefined for an unknown slug. */
export async function getPageMarkup(index: IndexDatabase, slug: string, script: Script = 'hans'): Promise<PageMarkup | undefined> {
  const view = await getReadingView(index, slug, script);
  return view && pageMarkupOf(view.rows);
}

/**
 * The reading view of a text pair not (yet) in the library, as the import preview shows it: the same rows,
 * sentence spans, term occurrences and notes as its reading page. Where its cards and markup are served is the
 * caller's to fill in.
 */
export function getPreviewView(analysis: DocumentAnalysis, script: Script): ReadingView {
  return readingViewOf(analysis, script, { notes: notesByBead(analysis.notes, script), hrefs: null });
}

/**
 * The look-up cards of every word some Chinese paragraphs (with their word boundaries) show in `script`, their
 * glossary part from `glossary` (the project's by default).
 */
export async function lookupCardsOf(
  index: IndexDatabase,
  paragraphs: ReadonlyArray<{ text: string; words: string }>,
  script: Script,
  glossary?: readonly GlossaryEntry[],
): Promise<LookupCards> {
  const chosen = glossary && new Map(glossary.map((entry) => [entry.term, entry]));
  const entryOf: EntryOf = chosen ? (word) => chosen.get(word) : findGlossaryEntry;
  const words = new Map<string, string>();
  for (const { text, words: boundaries } of paragraphs) {
    for (const token of shownTokens(text, boundaries, script))
      if (token.word && !words.has(token.shown)) words.set(token.shown, token.source);
  }
  const terms = [...new Set(words.values())].filter((word) => entryOf(word));
  const renderings = await renderingCounts(index, terms);
  const cards: LookupCards = {};
  for (const [shown, source] of words) cards[shown] = wordCard(source, renderings, entryOf);
  return cards;
}

/**
 * The look-up cards of every word a document's Chinese shows in `script`, their glossary part from `glossary` (the
 * project's by default); undefined for an unknown slug.
 */
export async function getLookupCards(
  index: IndexDatabase,
  slug: string,
  script: Script = 'hans',
  glossary?: readonly GlossaryEntry[],
): Promise<LookupCards | undefined> {
  const doc = await indexedDocument(index, slug);
  if (!doc) return undefined;
  return lookupCardsOf(
    index,
    (doc.zh ?? []).map((text, i) => ({ text, words: doc.words[i] ?? '' })),
    script,
    glossary,
  );
}

/** Documents per page of the library list. */
export const LIBRARY_PAGE_SIZE = 50;

/** One page (1-based) of the library list, oldest document first. */
export async function getLibrary(index: IndexDatabase, page = 1): Promise<LibraryPage> {
  const total = await documentCount(index);
  const pages = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page)), pages);
  const items = await libraryPage(index, { offset: (current - 1) * LIBRARY_PAGE_SIZE, limit: LIBRARY_PAGE_SIZE });
  return { items, total, page: current, pages };
}
