import { documentSentences } from '../bitext';
import { getDocument } from '../corpus';
import { getGlossary, findGlossaryEntry, type GlossaryEntry } from '../glossary';
import {
  englishOnlyEvidence,
  getCorpusOccurrences,
  renderingsOf,
  suggestVariants,
  type TermOccurrence,
  type VariantSuggestion,
} from '../terms';
import { convertText, type Script } from '../script';
import { readHref, termHref } from './links';
import { sentencePairAt } from './sentences';

export type TermSort = 'term' | 'occurrences' | 'renderings';

export interface TermIndexRow {
  term: string;
  pinyin: string;
  recommended: string;
  occurrences: number;
  renderings: number;
  href: string;
}

export function getTermIndex({ sort, onlyInconsistent }: { sort: TermSort; onlyInconsistent: boolean }): TermIndexRow[] {
  const occurrences = getCorpusOccurrences();
  const rows = getGlossary().map((entry) => ({
    term: entry.term,
    pinyin: entry.pinyin,
    recommended: entry.recommended,
    occurrences: occurrences.filter((o) => o.term === entry.term).length,
    renderings: renderingsOf(entry.term, occurrences).length,
    href: termHref(entry.term),
  }));
  const byTerm = (a: TermIndexRow, b: TermIndexRow) => a.pinyin.localeCompare(b.pinyin);
  const compare: Record<TermSort, (a: TermIndexRow, b: TermIndexRow) => number> = {
    term: byTerm,
    occurrences: (a, b) => b.occurrences - a.occurrences || byTerm(a, b),
    renderings: (a, b) => b.renderings - a.renderings || b.occurrences - a.occurrences || byTerm(a, b),
  };
  return rows.filter((row) => !onlyInconsistent || row.renderings > 1).sort(compare[sort]);
}

/** Characters of Chinese context on each side of the term in a concordance line. */
const ZH_CONTEXT = 24;
/** Characters of English context on each side of the rendering. */
const EN_CONTEXT = 90;

export interface ConcordanceLine {
  slug: string;
  title: string;
  beadNumber: number;
  href: string;
  zh: { left: string; term: string; right: string };
  /** English around the rendering; `match` empty when the rendering was not found. */
  en: { left: string; match: string; right: string };
}

export interface ConcordanceGroup {
  /** The rendering as it stands in the English (first example), or null for "not found". */
  rendering: string | null;
  count: number;
  lines: ConcordanceLine[];
}

export interface EvidenceLine {
  slug: string;
  title: string;
  paragraph: number;
  href: string;
  left: string;
  match: string;
  right: string;
}

export interface TermView {
  entry: GlossaryEntry;
  total: number;
  groups: ConcordanceGroup[];
  englishOnly: EvidenceLine[];
  suggestions: VariantSuggestion[];
}

/**
 * Context around [start, end), within `bounds` (a sentence) when given; for English (`words`),
 * cut at spaces so no word is split.
 */
function around(text: string, start: number, end: number, context: number, words = false, bounds = { start: 0, end: text.length }) {
  let from = Math.max(bounds.start, start - context);
  let to = Math.min(bounds.end, end + context);
  if (words) {
    if (from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
    if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  }
  return {
    left: (from > bounds.start ? '…' : '') + text.slice(from, start),
    match: text.slice(start, end),
    right: text.slice(end, to) + (to < bounds.end ? '…' : ''),
  };
}

function concordanceLine(o: TermOccurrence, script: Script): ConcordanceLine | null {
  const doc = getDocument(o.slug);
  const zh = doc?.zh?.[o.zh.paragraph];
  if (!doc || zh === undefined) return null;
  // Context stays within the sentence pair where the bead is aligned below the paragraph.
  const sentences = documentSentences(doc)[o.bead] ?? [];
  const zhPair = sentencePairAt(sentences, 'zh', o.zh.paragraph, o.zh.start);
  const z = around(zh, o.zh.start, o.zh.end, ZH_CONTEXT, false, zhPair?.sentence);
  const enText = o.en ? doc.en?.[o.en.paragraph] : undefined;
  const enSentence = o.en ? sentencePairAt(sentences, 'en', o.en.paragraph, o.en.start)?.sentence : undefined;
  // With no rendering found, the partner sentence is where a reader looks for it.
  const unrendered = { left: '', match: '', right: zhPair ? zhPair.partners.map((s) => s.text).join(' ') : '' };
  const en = o.en && enText !== undefined ? around(enText, o.en.start, o.en.end, EN_CONTEXT, true, enSentence) : unrendered;
  return {
    slug: o.slug,
    title: doc.meta.title.en,
    beadNumber: o.bead + 1,
    href: readHref(o.slug, o.bead + 1),
    zh: { left: convertText(z.left, script), term: convertText(z.match, script), right: convertText(z.right, script) },
    en,
  };
}

export function getTermView(term: string, script: Script = 'hans'): TermView | undefined {
  const entry = findGlossaryEntry(term);
  if (!entry) return undefined;
  const occurrences = getCorpusOccurrences().filter((o) => o.term === entry.term);
  const groups: ConcordanceGroup[] = renderingsOf(entry.term, occurrences).map((r) => ({
    rendering: r.example,
    count: r.count,
    lines: r.occurrences.map((o) => concordanceLine(o, script)).filter((l): l is ConcordanceLine => l !== null),
  }));
  const missing = occurrences.filter((o) => o.rendering === null);
  if (missing.length > 0) {
    groups.push({
      rendering: null,
      count: missing.length,
      lines: missing.map((o) => concordanceLine(o, script)).filter((l): l is ConcordanceLine => l !== null),
    });
  }
  const englishOnly = englishOnlyEvidence(entry.term).flatMap((e) => {
    const doc = getDocument(e.slug);
    const text = doc?.en?.[e.paragraph];
    if (!doc || text === undefined) return [];
    return [{ slug: e.slug, title: doc.meta.title.en, paragraph: e.paragraph, href: readHref(e.slug, e.paragraph + 1), ...around(text, e.start, e.end, EN_CONTEXT, true) }];
  });
  return { entry, total: occurrences.length, groups, englishOnly, suggestions: suggestVariants(entry.term) };
}

export function getTermSlugs(): string[] {
  return getGlossary().map((entry) => entry.term);
}
