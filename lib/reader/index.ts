import { documentBeads, documentSentences } from '../bitext';
import type { Bead } from '../align';
import type { SentenceBead } from '../sentence';
import { getCorpus, getDocument } from '../corpus';
import { lookupWord } from '../dict';
import { findGlossaryEntry } from '../glossary';
import { convertText, convertWord, zhLangTag, type Script } from '../script';
import { segmentParagraph } from '../segment';
import { getCorpusOccurrences, renderingsOf, type TermOccurrence } from '../terms';
import type { EnParagraph, GlossaryCard, LibraryItem, LookupCards, NoteView, ReadingRow, ReadingView, TermSummary, WordCard, ZhParagraph } from './types';
import { lookupHref, termHref } from './links';
import { beadNotes } from './notes';
import { omissionsOf, sentenceMarkup } from './sentences';
import { encodeRenderings, encodeWordBoundaries, type RenderingSpan } from './paragraph-markup';

export type * from './types';
export { checklistHref, lookupHref, notesHref, readHref, searchHref, termHref } from './links';


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
  return { simplified: entry.simplified, traditional: entry.traditional, pinyin: entry.pinyin, senses: entry.senses, glossary: glossaryCard(word) };
}

/** Kept while pages still import it from here; lib/script owns the table. */
export { zhLangTag as zhLang } from '../script';

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
  return { index: paragraph, text, renders: encodeRenderings(spans), sentences: sentenceMarkup(sentences.bead, sentences.beads, 'en', paragraph) };
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

export function getReadingView(slug: string, script: Script = 'hans'): ReadingView | undefined {
  const doc = getDocument(slug);
  if (!doc) return undefined;
  const meta = doc.meta.title.zh ? { ...doc.meta, title: { ...doc.meta.title, zh: convertText(doc.meta.title.zh, script) } } : doc.meta;
  const bilingual = doc.kind === 'bilingual';
  const occurrences = bilingual ? getCorpusOccurrences().filter((o) => o.slug === slug) : [];
  // The project's glossary: the prerendered pages; another choice is fetched by the page (see getNotes).
  const notes = bilingual ? beadNotes(slug, script) : new Map<number, NoteView[]>();
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
      confidence: bilingual ? bead.confidence : null,
      notes: notes.get(i) ?? [],
    };
  });
  return {
    meta,
    kind: doc.kind,
    script,
    zhLang: zhLangTag(script),
    rows,
    lookupHref: doc.zh ? lookupHref(slug, script) : null,
    summary: termSummary(occurrences, script),
    omissions: bilingual ? omissionsOf(slug, beads, sentenceBeads, { zh: doc.zh ?? [], en: doc.en ?? [] }, (text) => convertText(text, script)) : [],
    beadCount: rows.length,
  };
}

/** The look-up cards of every word a document's Chinese shows in `script`; undefined for an unknown slug. */
export function getLookupCards(slug: string, script: Script = 'hans'): LookupCards | undefined {
  const doc = getDocument(slug);
  if (!doc) return undefined;
  const cards: LookupCards = {};
  for (const paragraph of doc.zh ?? []) {
    for (const token of shownTokens(paragraph, script)) {
      if (token.word && !(token.shown in cards)) cards[token.shown] = wordCard(token.source);
    }
  }
  return cards;
}

export function getLibrary(): LibraryItem[] {
  return getCorpus().map((doc) => ({
    meta: doc.meta,
    kind: doc.kind,
    zhParagraphs: doc.zh?.length ?? 0,
    enParagraphs: doc.en?.length ?? 0,
    beads: documentBeads(doc).length,
    omissions: doc.kind === 'bilingual' ? omissionsOf(doc.meta.slug, documentBeads(doc), documentSentences(doc), { zh: doc.zh ?? [], en: doc.en ?? [] }).length : 0,
  }));
}

export function getSlugs(): string[] {
  return getCorpus().map((doc) => doc.meta.slug);
}
