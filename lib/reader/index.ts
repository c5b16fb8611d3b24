import { documentBeads } from '../bitext';
import { getCorpus, getDocument } from '../corpus';
import { lookupWord } from '../dict';
import { findGlossaryEntry } from '../glossary';
import { convertText, convertWord, zhLangTag, type Script } from '../script';
import { segmentParagraph } from '../segment';
import { getCorpusOccurrences, notesFor, renderingsOf, type RenderingCount, type TermNote, type TermOccurrence } from '../terms';
import type { EnRun, GlossaryCard, LibraryItem, NoteView, ReadingRow, ReadingView, RenderingLink, TermSummary, WordCard, ZhRun } from './types';

export type * from './types';

/** The document's beads (see lib/bitext). */
export const getBeads = documentBeads;

export function termHref(term: string): string {
  return `/terms/${encodeURIComponent(term)}`;
}

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

/** Collects one card per distinct word of a page. */
class CardCollector {
  readonly cards: WordCard[] = [];
  private readonly index = new Map<string, number>();

  cardOf(word: string): number {
    let i = this.index.get(word);
    if (i === undefined) {
      const entry = lookupWord(word);
      i = this.cards.push({
        simplified: entry.simplified,
        traditional: entry.traditional,
        pinyin: entry.pinyin,
        senses: entry.senses,
        glossary: glossaryCard(word),
      }) - 1;
      this.index.set(word, i);
    }
    return i;
  }
}

const occurrenceId = (o: TermOccurrence) => `${o.bead}.${o.zh.paragraph}.${o.zh.start}`;

/** Kept while pages still import it from here; lib/script owns the table. */
export { zhLangTag as zhLang } from '../script';

function zhRuns(text: string, paragraph: number, occurrences: readonly TermOccurrence[], cards: CardCollector, script: Script): ZhRun[] {
  const runs: ZhRun[] = [];
  let offset = 0;
  for (const token of segmentParagraph(text)) {
    const start = offset;
    offset += token.text.length;
    // Converted word by word, so word boundaries and look-ups survive in Traditional.
    const shown = convertWord(token.text, script);
    if (token.kind !== 'word') {
      const last = runs.at(-1);
      if (last && last.card === undefined) last.text += shown;
      else runs.push({ text: shown });
      continue;
    }
    const occurrence = occurrences.find((o) => o.zh.paragraph === paragraph && o.zh.start === start);
    const card = cards.cardOf(token.text);
    runs.push({
      text: shown,
      card,
      pinyin: cards.cards[card]?.pinyin ?? '',
      ...(occurrence ? { occurrence: occurrenceId(occurrence) } : {}),
    });
  }
  return runs;
}

function enRuns(text: string, paragraph: number, occurrences: readonly TermOccurrence[]): EnRun[] {
  const spans = occurrences
    .flatMap((o) => (o.en && o.en.paragraph === paragraph ? [{ ...o.en, id: occurrenceId(o) }] : []))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: EnRun[] = [];
  let offset = 0;
  for (const span of spans) {
    if (span.start < offset) {
      // Same span claimed again cannot happen (renderings are one to one); nested spans join the outer run.
      const last = runs.at(-1);
      if (last?.renders) last.renders.push(span.id);
      continue;
    }
    if (span.start > offset) runs.push({ text: text.slice(offset, span.start) });
    runs.push({ text: text.slice(span.start, span.end), renders: [span.id] });
    offset = span.end;
  }
  if (offset < text.length) runs.push({ text: text.slice(offset) });
  return runs;
}

const beadHref = (o: TermOccurrence) => `/read/${o.slug}#b${o.bead + 1}`;

function renderingLinks(counts: readonly RenderingCount[]): RenderingLink[] {
  return counts.flatMap((r) => {
    const example = r.occurrences[0];
    return example ? [{ text: r.example, count: r.count, href: beadHref(example) }] : [];
  });
}

function noteView(note: TermNote, script: Script): NoteView {
  return {
    kind: note.kind,
    term: note.term,
    termLabel: convertWord(note.term, script),
    termHref: termHref(note.term),
    message: convertText(note.message, script),
    rendering: note.rendering,
    recommended: note.recommended,
    inDocument: renderingLinks(note.others),
    inCorpus: renderingLinks(renderingsOf(note.term)),
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

export function getReadingView(slug: string, script: Script = 'hans'): ReadingView | undefined {
  const doc = getDocument(slug);
  if (!doc) return undefined;
  const meta = doc.meta.title.zh ? { ...doc.meta, title: { ...doc.meta.title, zh: convertText(doc.meta.title.zh, script) } } : doc.meta;
  const cards = new CardCollector();
  const bilingual = doc.kind === 'bilingual';
  const occurrences = bilingual ? getCorpusOccurrences().filter((o) => o.slug === slug) : [];
  const notes = bilingual ? notesFor(slug) : [];
  const rows: ReadingRow[] = getBeads(doc).map((bead, i) => {
    const mine = occurrences.filter((o) => o.bead === i);
    return {
      number: i + 1,
      zh: bead.zh.map((p) => zhRuns(doc.zh?.[p] ?? '', p, mine, cards, script)),
      en: bead.en.map((p) => enRuns(doc.en?.[p] ?? '', p, mine)),
      confidence: bilingual ? bead.confidence : null,
      notes: notes.filter((n) => n.bead === i).map((n) => noteView(n, script)),
    };
  });
  return {
    meta,
    kind: doc.kind,
    script,
    zhLang: zhLangTag(script),
    rows,
    cards: cards.cards,
    summary: termSummary(occurrences, script),
    beadCount: rows.length,
  };
}

export function getLibrary(): LibraryItem[] {
  return getCorpus().map((doc) => ({
    meta: doc.meta,
    kind: doc.kind,
    zhParagraphs: doc.zh?.length ?? 0,
    enParagraphs: doc.en?.length ?? 0,
    beads: getBeads(doc).length,
  }));
}

export function getSlugs(): string[] {
  return getCorpus().map((doc) => doc.meta.slug);
}
