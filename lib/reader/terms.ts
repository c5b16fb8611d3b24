import { documentSentences } from '../bitext';
import { getDocument, type DocumentKind } from '../corpus';
import { getGlossary, findGlossaryEntry, type GlossaryCitation, type GlossaryEntry } from '../glossary';
import {
  englishOnlyEvidence,
  getCorpusOccurrences,
  normalizeRendering,
  termSources,
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
    return [
      {
        slug: e.slug,
        title: doc.meta.title.en,
        paragraph: e.paragraph,
        href: readHref(e.slug, e.paragraph + 1),
        ...around(text, e.start, e.end, EN_CONTEXT, true),
      },
    ];
  });
  return { entry, total: occurrences.length, groups, englishOnly, suggestions: suggestVariants(entry.term) };
}

export function getTermSlugs(): string[] {
  return getGlossary().map((entry) => entry.term);
}

/** One document's renderings of a term, ready to show: counts and links to the beads. */
export interface RenderingsInDocument {
  slug: string;
  title: string;
  publisher: string;
  date: string;
  /** An English-only document holds only renderings the glossary lists (see englishOnlyEvidence). */
  kind: DocumentKind;
  href: string;
  /** Count per rendering, in the order of TermSourcesView.renderings (0 where the document has none). */
  counts: number[];
  /** Links to the beads (bilingual) or paragraphs (English-only) of each rendering, in the same order. */
  links: Array<Array<{ label: string; href: string }>>;
  notFound: number;
  notFoundLinks: Array<{ label: string; href: string }>;
}

/** Where a term's recommendation comes from, and how the library's documents render it over time. */
export interface TermSourcesView {
  recommended: string;
  basis: string;
  unsourced: boolean;
  citations: GlossaryCitation[];
  /** The documents of the library using the recommended rendering, or NO_LIBRARY_SOURCE said plainly. */
  summary: string;
  inLibrary: boolean;
  /** Every rendering seen, most frequent overall first; `recommended` marks the glossary's. */
  renderings: Array<{ text: string; total: number; recommended: boolean }>;
  /** Oldest first. */
  documents: RenderingsInDocument[];
}

/** The data of a term page's sources and "renderings over time"; undefined for a term the project glossary lacks. */
export function getTermSourcesView(term: string): TermSourcesView | undefined {
  const sources = termSources(term);
  if (!sources) return undefined;
  const totals = new Map<string, { text: string; total: number }>();
  for (const doc of sources.documents) {
    for (const r of doc.renderings) {
      const seen = totals.get(r.rendering);
      totals.set(r.rendering, { text: seen?.text ?? r.example, total: (seen?.total ?? 0) + r.count });
    }
  }
  const recommended = normalizeRendering(sources.recommended);
  const order = [...totals].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
  const beadLinks = (slug: string, kind: string, beads: readonly number[]) =>
    beads.map((bead) => ({ label: kind === 'bilingual' ? `bead ${bead}` : `¶${bead}`, href: readHref(slug, bead) }));
  return {
    recommended: sources.recommended,
    basis: sources.basis,
    unsourced: sources.unsourced,
    citations: sources.citations,
    summary: sources.summary,
    inLibrary: sources.recommendedIn.length > 0,
    renderings: order.map(([key, r]) => ({ text: r.text, total: r.total, recommended: key === recommended })),
    documents: sources.documents.map((doc) => {
      const kind = doc.kind;
      const byKey = new Map(doc.renderings.map((r) => [r.rendering, r]));
      return {
        slug: doc.slug,
        title: doc.title.en,
        publisher: doc.publisher,
        date: doc.date,
        kind,
        href: readHref(doc.slug),
        counts: order.map(([key]) => byKey.get(key)?.count ?? 0),
        links: order.map(([key]) => beadLinks(doc.slug, kind, byKey.get(key)?.beads ?? [])),
        notFound: doc.notFound,
        notFoundLinks: beadLinks(doc.slug, kind, doc.notFoundBeads),
      };
    }),
  };
}
