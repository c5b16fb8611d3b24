import { documentBeads, documentSentences, getAlignedDocuments } from '../bitext';
import type { Bead } from '../align';
import type { SentenceBead } from '../sentence';
import { NO_DOCUMENT_VERSION, documentVersion, getCorpus, getDocument, type CorpusDocument } from '../corpus';
import { lookupWord } from '../dict';
import { findGlossaryEntry } from '../glossary';
import { SCRIPTS, convertText, convertWord, zhLangTag, type Script } from '../script';
import { segmentParagraph } from '../segment';
import { findOccurrences, getCorpusOccurrences, numberNotesOf, renderingsOf, termNotesOf, type TermOccurrence } from '../terms';
import type {
  EnParagraph,
  GlossaryCard,
  LibraryItem,
  LookupCards,
  NoteView,
  PageMarkup,
  ReadingRow,
  ReadingView,
  TermSummary,
  WordCard,
  ZhParagraph,
} from './types';
import { lookupHref, markupHref, termHref } from './links';
import { beadNotes, notesByBead } from './notes';
import { omissionsOf, sentenceMarkup } from './sentences';
import { needsCheck } from './check';
import { encodeRenderings, encodeWordBoundaries, type RenderingSpan } from './paragraph-markup';

export type * from './types';
export { needsCheck } from './check';
export { checklistHref, lookupHref, markupHref, notesHref, readHref, searchHref, termHref } from './links';

function glossaryCard(word: string): GlossaryCard | null {
  const entry = findGlossaryEntry(word);
  if (!entry) return null;
  return {
    term: entry.term,
    recommended: entry.recommended,
    basis: entry.basis,
    category: entry.category,
    note: entry.note ?? null,
    renderings: renderingsOf(entry.term).map((r) => ({ text: r.example, count: r.count })),
    href: termHref(entry.term),
  };
}

function wordCard(word: string): WordCard {
  const entry = lookupWord(word);
  return {
    simplified: entry.simplified,
    traditional: entry.traditional,
    pinyin: entry.pinyin,
    senses: entry.senses,
    glossary: glossaryCard(word),
  };
}

/** A paragraph's tokens as shown in `script`, each with its offset in the source text. */
function shownTokens(text: string, script: Script) {
  let offset = 0;
  return segmentParagraph(text).map((token) => {
    const start = offset;
    offset += token.text.length;
    // Converted word by word, so word boundaries and look-ups survive in Traditional.
    return { source: token.text, shown: convertWord(token.text, script), word: token.kind === 'word', start };
  });
}

/**
 * A Chinese paragraph as shown; records in `ids` the id its term occurrences get on the page:
 * paragraph and word index, the word the browser marks up.
 */
function zhParagraph(
  text: string,
  paragraph: number,
  occurrences: readonly TermOccurrence[],
  script: Script,
  ids: Map<TermOccurrence, string>,
  sentences: { bead: Bead; beads: readonly SentenceBead[] },
): ZhParagraph {
  const tokens = shownTokens(text, script);
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

/** Terms rendered in more than one way in a document, with where each rendering occurs. */
function termSummary(occurrences: readonly TermOccurrence[], script: Script): TermSummary[] {
  const terms = [...new Set(occurrences.map((o) => o.term))];
  return terms
    .map((term) => {
      const mine = occurrences.filter((o) => o.term === term);
      const renderings = renderingsOf(term, mine).map((r) => ({
        text: r.example,
        count: r.count,
        beads: [...new Set(r.occurrences.map((o) => o.bead + 1))],
      }));
      const notFound = [...new Set(mine.filter((o) => o.rendering === null).map((o) => o.bead + 1))];
      return { term, termLabel: convertWord(term, script), termHref: termHref(term), renderings, notFound };
    })
    .filter((s) => s.renderings.length > 1)
    .sort((a, b) => b.renderings.length - a.renderings.length || a.term.localeCompare(b.term));
}

interface ViewInputs {
  occurrences: readonly TermOccurrence[];
  /** The notes to show, by 0-based bead. */
  notes: ReadonlyMap<number, NoteView[]>;
  /** Where the page fetches its look-up cards and its markup; null for none (no Chinese, or not yet known). */
  hrefs: { lookup: string; markup: string } | null;
}

function readingViewOf(doc: CorpusDocument, script: Script, { occurrences, notes, hrefs }: ViewInputs): ReadingView {
  const { slug } = doc.meta;
  const meta = doc.meta.title.zh ? { ...doc.meta, title: { ...doc.meta.title, zh: convertText(doc.meta.title.zh, script) } } : doc.meta;
  const bilingual = doc.kind === 'bilingual';
  const beads = documentBeads(doc);
  const sentenceBeads = documentSentences(doc);
  const rows: ReadingRow[] = beads.map((bead, i) => {
    const mine = occurrences.filter((o) => o.bead === i);
    const ids = new Map<TermOccurrence, string>();
    const sentences = { bead, beads: sentenceBeads[i] ?? [] };
    return {
      number: i + 1,
      zh: bead.zh.map((p) => zhParagraph(doc.zh?.[p] ?? '', p, mine, script, ids, sentences)),
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
      ? omissionsOf(slug, beads, sentenceBeads, { zh: doc.zh ?? [], en: doc.en ?? [] }, (text) => convertText(text, script))
      : [],
    beadCount: rows.length,
  };
}

export function getReadingView(slug: string, script: Script = 'hans'): ReadingView | undefined {
  const doc = getDocument(slug);
  if (!doc) return undefined;
  const version = documentVersion(slug) ?? NO_DOCUMENT_VERSION;
  const hrefs = doc.zh ? { lookup: lookupHref(slug, script, version), markup: markupHref(slug, script, version) } : null;
  return readingViewOf(doc, script, { ...documentTerms(doc, script), hrefs });
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
export function getPageMarkup(slug: string, script: Script = 'hans'): PageMarkup | undefined {
  const view = getReadingView(slug, script);
  return view && pageMarkupOf(view.rows);
}

/**
 * A document's term occurrences and notes: the corpus's as lib/terms computed them, or for a text not in
 * the corpus (the import preview) found on its own text and beads, with the same kinds of notes.
 */
function documentTerms(doc: CorpusDocument, script: Script): { occurrences: TermOccurrence[]; notes: ReadonlyMap<number, NoteView[]> } {
  if (doc.kind !== 'bilingual' || !doc.zh || !doc.en) return { occurrences: [], notes: new Map() };
  const { slug } = doc.meta;
  if (getAlignedDocuments().some((aligned) => aligned.doc === doc)) {
    // The project's glossary: the prerendered pages; another choice is fetched by the page (see getNotes).
    return { occurrences: getCorpusOccurrences().filter((o) => o.slug === slug), notes: beadNotes(slug, script) };
  }
  const beads = documentBeads(doc);
  const occurrences = findOccurrences(slug, doc.zh, doc.en, beads);
  const notes = [...termNotesOf(slug, doc.zh, occurrences), ...numberNotesOf(slug, doc.zh, doc.en, beads)];
  return { occurrences, notes: notesByBead(notes, script) };
}

/**
 * The reading view of a text pair not (yet) in the library, as the import preview shows it: the same
 * rows, sentence spans and term occurrences as a reading page. Where its cards and markup are served is
 * the caller's to fill in.
 */
export function getPreviewView(doc: CorpusDocument, script: Script): ReadingView {
  return readingViewOf(doc, script, { ...documentTerms(doc, script), hrefs: null });
}

/** The look-up cards of every word some Chinese paragraphs show in `script`. */
export function lookupCardsOf(paragraphs: readonly string[], script: Script): LookupCards {
  const cards: LookupCards = {};
  for (const paragraph of paragraphs) {
    for (const token of shownTokens(paragraph, script)) {
      if (token.word && !(token.shown in cards)) cards[token.shown] = wordCard(token.source);
    }
  }
  return cards;
}

/** The look-up cards of every word a document's Chinese shows in `script`; undefined for an unknown slug. */
export function getLookupCards(slug: string, script: Script = 'hans'): LookupCards | undefined {
  const doc = getDocument(slug);
  return doc ? lookupCardsOf(doc.zh ?? [], script) : undefined;
}

export function getLibrary(): LibraryItem[] {
  return getCorpus().map((doc) => ({
    meta: doc.meta,
    kind: doc.kind,
    zhParagraphs: doc.zh?.length ?? 0,
    enParagraphs: doc.en?.length ?? 0,
    beads: documentBeads(doc).length,
    omissions:
      doc.kind === 'bilingual'
        ? omissionsOf(doc.meta.slug, documentBeads(doc), documentSentences(doc), { zh: doc.zh ?? [], en: doc.en ?? [] }).length
        : 0,
    flagged: doc.kind === 'bilingual' ? documentBeads(doc).filter(needsCheck).length : 0,
    checked: doc.kind === 'bilingual' ? documentBeads(doc).filter((bead) => bead.origin === 'person').length : 0,
    givenByFile: doc.kind === 'bilingual' ? documentBeads(doc).filter((bead) => bead.origin === 'file').length : 0,
  }));
}

/** Every reading page there is: each document in each script, at the version of it that is loaded (the prerendered paths). */
export function getReadingPages(): { slug: string; script: Script; version: string }[] {
  return getCorpus().flatMap(({ meta: { slug } }) => {
    const version = documentVersion(slug) ?? NO_DOCUMENT_VERSION;
    return SCRIPTS.map((script) => ({ slug, script, version }));
  });
}
