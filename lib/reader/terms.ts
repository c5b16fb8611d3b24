import { TRANSLATION_KINDS, type DocumentKind, type TranslationKind } from '../corpus';
import { getGlossary, findGlossaryEntry, GlossaryError, type GlossaryCitation, type GlossaryEntry } from '../glossary';
import { englishWords } from '../english';
import { FIELD, indexTerm } from '../search';
import {
  beadEnglish,
  beadSentences,
  documentMetas,
  paragraphTexts,
  phraseFrequencies,
  renderingsByTranslation,
  termCounts,
  termEvidence,
  termOccurrences,
  type IndexDatabase,
} from '../store';
import {
  normalizeRendering,
  rankVariants,
  renderingsOf,
  termSources,
  variantCandidates,
  type PublishedRendering,
  type TermOccurrence,
  type VariantSuggestion,
} from '../terms';
import { convertText, type Script } from '../script';
import { readHref, termHref } from './links';
import { sentencePairAt } from './sentences';
import { getUserGlossary } from './user-glossary';

export type TermSort = 'term' | 'occurrences' | 'renderings';

export interface TermIndexRow {
  term: string;
  pinyin: string;
  recommended: string;
  occurrences: number;
  renderings: number;
  href: string;
}

export async function getTermIndex(
  index: IndexDatabase,
  { sort, onlyInconsistent }: { sort: TermSort; onlyInconsistent: boolean },
): Promise<TermIndexRow[]> {
  const counts = await termCounts(index);
  const rows = getGlossary().map((entry) => ({
    term: entry.term,
    pinyin: entry.pinyin,
    recommended: entry.recommended,
    occurrences: counts.get(entry.term)?.occurrences ?? 0,
    renderings: counts.get(entry.term)?.renderings ?? 0,
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

/** Concordance lines shown per rendering (the most recent documents'): a term page stays light in a library of thousands. */
export const CONCORDANCE_LINES = 10;
/** Lines of English-only evidence shown. */
export const EVIDENCE_LINES = 20;
/** Beads holding the term that variant suggestions are looked for in (the most recent). */
const VARIANT_BEADS = 400;
/** Candidate n-grams whose frequency in the library is looked up. */
const VARIANT_CANDIDATES = 40;

type LocatedOccurrence = TermOccurrence & { documentId: number };

/** Concordance lines of occurrences, each within its aligned sentence pair where the bead is aligned below the paragraph. */
async function concordanceLines(index: IndexDatabase, list: readonly LocatedOccurrence[], script: Script): Promise<ConcordanceLine[]> {
  const [texts, sentences, metas] = await Promise.all([
    paragraphTexts(
      index,
      list.flatMap((o) => [
        { documentId: o.documentId, lang: 'zh' as const, idx: o.zh.paragraph },
        ...(o.en ? [{ documentId: o.documentId, lang: 'en' as const, idx: o.en.paragraph }] : []),
      ]),
    ),
    beadSentences(
      index,
      list.map((o) => ({ documentId: o.documentId, bead: o.bead })),
    ),
    documentMetas(
      index,
      list.map((o) => o.slug),
    ),
  ]);
  return list.flatMap((o): ConcordanceLine[] => {
    const zh = texts.get(`${o.documentId}:zh:${o.zh.paragraph}`);
    const meta = metas.get(o.slug)?.meta;
    if (zh === undefined || !meta) return [];
    const mine = sentences.get(`${o.documentId}:${o.bead}`) ?? [];
    const zhPair = sentencePairAt(mine, 'zh', o.zh.paragraph, o.zh.start);
    const z = around(zh, o.zh.start, o.zh.end, ZH_CONTEXT, false, zhPair?.sentence);
    const enText = o.en ? texts.get(`${o.documentId}:en:${o.en.paragraph}`) : undefined;
    const enSentence = o.en ? sentencePairAt(mine, 'en', o.en.paragraph, o.en.start)?.sentence : undefined;
    // With no rendering found, the partner sentence is where a reader looks for it.
    const partners = zhPair
      ? zhPair.partners.map((s) => (texts.get(`${o.documentId}:en:${s.paragraph}`) ?? '').slice(s.start, s.end)).join(' ')
      : '';
    const en =
      o.en && enText !== undefined
        ? around(enText, o.en.start, o.en.end, EN_CONTEXT, true, enSentence)
        : { left: '', match: '', right: partners };
    return [
      {
        slug: o.slug,
        title: meta.title.en,
        beadNumber: o.bead + 1,
        href: readHref(o.slug, o.bead + 1),
        zh: { left: convertText(z.left, script), term: convertText(z.match, script), right: convertText(z.right, script) },
        en,
      },
    ];
  });
}

/** English n-grams that go with the term across the library's beads (Dice), for a reader to consider as variants. */
async function variantSuggestions(
  index: IndexDatabase,
  term: string,
  occurrences: readonly LocatedOccurrence[],
  glossary: readonly GlossaryEntry[],
): Promise<VariantSuggestion[]> {
  const keys = [...new Map(occurrences.map((o) => [`${o.documentId}:${o.bead}`, o])).values()];
  const recent = keys.slice(-VARIANT_BEADS);
  const english = await beadEnglish(
    index,
    recent.map((o) => ({ documentId: o.documentId, bead: o.bead })),
  );
  const beads = recent.map((o) => ({ slug: o.slug, bead: o.bead, en: english.get(`${o.documentId}:${o.bead}`) ?? '' }));
  const observed = renderingsOf(term, occurrences).map((r) => r.rendering);
  const candidates = [...variantCandidates(term, glossary, observed, beads)]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, VARIANT_CANDIDATES);
  const frequencies = await phraseFrequencies(
    index,
    candidates.map(([gram]) => englishWords(gram).map((w) => indexTerm(FIELD.en, w.stem))),
  );
  const documentFrequency = new Map(candidates.map(([gram], i) => [gram, frequencies[i] ?? 0]));
  return rankVariants(term, new Map(candidates), keys.length, documentFrequency);
}

/**
 * A term's page; with `translation`, from the documents whose English is a translation of that kind only. Its entry
 * and variant suggestions follow `glossary` (the project's by default) where that glossary has the term.
 */
export async function getTermView(
  index: IndexDatabase,
  term: string,
  script: Script = 'hans',
  translation?: TranslationKind,
  glossary: readonly GlossaryEntry[] = getGlossary(),
): Promise<TermView | undefined> {
  // The page is the project's term's; its entry is the chosen glossary's where that has the term.
  if (!findGlossaryEntry(term)) return undefined;
  const entry = glossary.find((e) => e.term === term) ?? findGlossaryEntry(term);
  if (!entry) return undefined;
  const occurrences = await termOccurrences(index, entry.term, translation);
  const groups: ConcordanceGroup[] = [];
  for (const r of renderingsOf(entry.term, occurrences)) {
    const shown = (r.occurrences as LocatedOccurrence[]).slice(-CONCORDANCE_LINES);
    groups.push({ rendering: r.example, count: r.count, lines: await concordanceLines(index, shown, script) });
  }
  const missing = occurrences.filter((o) => o.rendering === null);
  if (missing.length > 0) {
    groups.push({
      rendering: null,
      count: missing.length,
      lines: await concordanceLines(index, missing.slice(-CONCORDANCE_LINES), script),
    });
  }
  const evidence = (await termEvidence(index, entry.term, translation)).slice(-EVIDENCE_LINES);
  const metas = await documentMetas(
    index,
    evidence.map((e) => e.slug),
  );
  const ids = await index.db
    .selectFrom('documents')
    .select(['id', 'slug'])
    .where('slug', 'in', ['', ...metas.keys()])
    .execute();
  const idOf = new Map(ids.map((r) => [r.slug, r.id]));
  const evidenceTexts = await paragraphTexts(
    index,
    evidence.flatMap((e) => {
      const documentId = idOf.get(e.slug);
      return documentId === undefined ? [] : [{ documentId, lang: 'en' as const, idx: e.paragraph }];
    }),
  );
  const englishOnly = evidence.flatMap((e) => {
    const text = evidenceTexts.get(`${idOf.get(e.slug)}:en:${e.paragraph}`);
    const meta = metas.get(e.slug)?.meta;
    if (!meta || text === undefined) return [];
    return [
      {
        slug: e.slug,
        title: meta.title.en,
        paragraph: e.paragraph,
        href: readHref(e.slug, e.paragraph + 1),
        ...around(text, e.start, e.end, EN_CONTEXT, true),
      },
    ];
  });
  return {
    entry,
    total: occurrences.length,
    groups,
    englishOnly,
    suggestions: await variantSuggestions(index, entry.term, occurrences, glossary),
  };
}

/**
 * A term of the uploaded glossary that the project's lacks, undefined for any other (or when the stored upload no
 * longer parses). Its page shows the entry only: the indexer finds the project glossary's terms alone, so the index
 * holds no occurrence of it (the notes under the uploaded glossary are found again on each document when asked for).
 */
export function userOnlyEntry(term: string): GlossaryEntry | undefined {
  if (findGlossaryEntry(term)) return undefined;
  try {
    return getUserGlossary()?.entries.find((entry) => entry.term === term);
  } catch (error) {
    if (error instanceof GlossaryError) return undefined;
    throw error;
  }
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
  /** The renderings published sources use, best-ranked source first; more than one where they disagree. */
  published: PublishedRendering[];
  citations: GlossaryCitation[];
  /** The documents of the library using the recommended rendering, or NO_LIBRARY_SOURCE said plainly. */
  summary: string;
  inLibrary: boolean;
  /** Every rendering seen, most frequent overall first; `recommended` marks the glossary's. */
  renderings: Array<{ text: string; total: number; recommended: boolean }>;
  /** Oldest first. */
  documents: RenderingsInDocument[];
  /** The same counts per month or year, oldest first, where there are too many documents to show one row each. */
  periods: RenderingsInPeriod[] | undefined;
}

/** Documents the "renderings over time" table shows one row each; a larger library is shown per month or per year. */
export const MAX_OVER_TIME_ROWS = 24;

/** What the documents of one month ("2024-07") or year ("2024") hold of a term. */
export interface RenderingsInPeriod {
  period: string;
  documents: number;
  /** Count per rendering, in the order of TermSourcesView.renderings. */
  counts: number[];
  notFound: number;
}

/**
 * The documents' counts summed per month, or per year where even the months are more than MAX_OVER_TIME_ROWS;
 * undefined where the documents are few enough to show one by one. Documents come oldest first.
 */
export function renderingsByPeriod(documents: readonly RenderingsInDocument[]): RenderingsInPeriod[] | undefined {
  if (documents.length <= MAX_OVER_TIME_ROWS) return undefined;
  const months = new Set(documents.map((d) => d.date.slice(0, 7)));
  const length = months.size <= MAX_OVER_TIME_ROWS ? 7 : 4;
  const periods: RenderingsInPeriod[] = [];
  for (const doc of documents) {
    const period = doc.date.slice(0, length);
    let last = periods.at(-1);
    if (last?.period !== period) {
      last = { period, documents: 0, counts: doc.counts.map(() => 0), notFound: 0 };
      periods.push(last);
    }
    last.documents += 1;
    doc.counts.forEach((count, i) => (last.counts[i] = (last.counts[i] ?? 0) + count));
    last.notFound += doc.notFound;
  }
  return periods;
}

/**
 * The data of a term page's sources and "renderings over time", with `translation` from translations of that kind
 * only; undefined for a term the project glossary lacks.
 */
export async function getTermSourcesView(
  index: IndexDatabase,
  term: string,
  translation?: TranslationKind,
): Promise<TermSourcesView | undefined> {
  const [occurrences, evidence] = await Promise.all([termOccurrences(index, term, translation), termEvidence(index, term, translation)]);
  const documents = await documentMetas(index, [...occurrences.map((o) => o.slug), ...evidence.map((e) => e.slug)]);
  const sources = termSources(term, { occurrences, evidence, documents });
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
  const rows: RenderingsInDocument[] = sources.documents.map((doc) => {
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
  });
  return {
    recommended: sources.recommended,
    basis: sources.basis,
    unsourced: sources.unsourced,
    published: sources.published,
    citations: sources.citations,
    summary: sources.summary,
    inLibrary: sources.recommendedIn.length > 0,
    renderings: order.map(([key, r]) => ({ text: r.text, total: r.total, recommended: key === recommended })),
    documents: rows,
    periods: renderingsByPeriod(rows),
  };
}

/** How one kind of translation in the library renders a term. */
export interface TranslationRenderings {
  kind: TranslationKind;
  /** Uses of the term (occurrences in bilingual documents and known renderings in English-only ones). */
  total: number;
  /** Occurrences whose rendering was not found in the English. */
  notFound: number;
  /** Most frequent first. */
  renderings: Array<{ text: string; count: number }>;
}

/**
 * How the official translations and each other kind render a term, apart: the evidence of an official translation
 * is not that of a machine translation. Every kind is listed, in TRANSLATION_KINDS order, even with no uses.
 */
export async function getTranslationRenderings(index: IndexDatabase, term: string): Promise<TranslationRenderings[]> {
  const rows = await renderingsByTranslation(index, term);
  return TRANSLATION_KINDS.map((kind) => {
    const mine = rows.filter((r) => r.translation === kind);
    const byKey = new Map<string, { text: string; count: number }>();
    for (const r of mine) {
      if (r.example === null) continue;
      const key = r.key ?? normalizeRendering(r.example);
      const seen = byKey.get(key);
      byKey.set(key, { text: seen?.text ?? r.example, count: (seen?.count ?? 0) + r.count });
    }
    return {
      kind,
      total: mine.reduce((n, r) => n + r.count, 0),
      notFound: mine.filter((r) => r.example === null).reduce((n, r) => n + r.count, 0),
      renderings: [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    };
  });
}
