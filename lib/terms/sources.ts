import type { DocumentKind, DocumentMeta } from '../corpus';
import { getGlossary, rankAttestations, type Attestation, type GlossaryCitation, type GlossaryEntry } from '../glossary';
import { normalizeRendering } from './english';
import type { EnglishOnlyEvidence, TermOccurrence } from './types';

/** What says so when no document of the library uses an entry's recommended rendering. */
export const NO_LIBRARY_SOURCE = 'no source in the library';

export interface SourcesOptions {
  /** The glossary whose entry and renderings are looked for (see selectGlossary). Default: the project's. */
  glossary?: readonly GlossaryEntry[];
}

/** What the library holds of one term: its occurrences, the evidence of the English-only documents, and their documents. */
export interface TermData {
  occurrences: readonly TermOccurrence[];
  evidence: readonly EnglishOnlyEvidence[];
  documents: ReadonlyMap<string, { meta: DocumentMeta; kind: DocumentKind }>;
}

/** How often one document renders the term one way, and where. */
export interface DocumentRendering {
  /** Normalised (see normalizeRendering). */
  rendering: string;
  /** The most frequent form as it stands in the text. */
  example: string;
  count: number;
  /** 1-based bead numbers, as in the reader's `/read/<slug>#b<n>` links, ascending and each once. */
  beads: number[];
}

/** A document of the library that holds the term: who published it, when, and how it renders the term. */
export interface DocumentAttestation {
  slug: string;
  title: { zh?: string | undefined; en: string };
  /** The publication, e.g. "Qiushi 2024, no. 14". */
  publisher: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  kind: DocumentKind;
  /** Most frequent first. English-only documents hold only renderings the glossary lists (see englishOnlyEvidence). */
  renderings: DocumentRendering[];
  /** Occurrences in the Chinese with no rendering found (bilingual documents only; 0 otherwise). */
  notFound: number;
  /** 1-based beads of those occurrences. */
  notFoundBeads: number[];
}

/** One rendering the published sources use, with every source using it, as the rule ranks them. */
export interface PublishedRendering {
  /** As the first-ranked source writes it. */
  rendering: string;
  /** Normalised (see normalizeRendering). */
  key: string;
  sources: Attestation[];
}

/**
 * The renderings an entry's published sources use, side by side: one per normalised rendering, in the
 * order the rule ranks their best source (see rankAttestations), each with all its sources and dates.
 * More than one means the sources disagree.
 */
export function publishedRenderings(entry: Pick<GlossaryEntry, 'attestations'>): PublishedRendering[] {
  const byKey = new Map<string, PublishedRendering>();
  for (const a of rankAttestations(entry.attestations ?? [])) {
    const key = normalizeRendering(a.rendering);
    const seen = byKey.get(key);
    if (seen) seen.sources.push(a);
    else byKey.set(key, { rendering: a.rendering, key, sources: [a] });
  }
  return [...byKey.values()];
}

/** Documents a summary names; a library of thousands is counted, with the most recent named. */
const SUMMARY_DOCUMENTS = 8;

/** Where an entry's recommendation comes from. */
export interface TermSources {
  term: string;
  recommended: string;
  basis: string;
  /** No published source outside the library attests any rendering of the entry. */
  unsourced: boolean;
  /** The published renderings, best source first; more than one when the sources disagree. */
  published: PublishedRendering[];
  /** External citations kept in the glossary file; empty when there are none. */
  citations: GlossaryCitation[];
  /** Every library document that holds the term, oldest first. */
  documents: DocumentAttestation[];
  /** The documents that use the recommended rendering, oldest first. */
  recommendedIn: DocumentAttestation[];
  /**
   * One line for a reader: where the recommended rendering is used in the library
   * ("used in 2 documents of the library: …"), or NO_LIBRARY_SOURCE.
   */
  summary: string;
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

interface Seen {
  text: string | null;
  bead: number;
}

function attestation(doc: { meta: DocumentMeta; kind: DocumentKind }, seen: readonly Seen[]): DocumentAttestation {
  const groups = new Map<string, Seen[]>();
  for (const s of seen) if (s.text !== null) groups.set(normalizeRendering(s.text), [...(groups.get(normalizeRendering(s.text)) ?? []), s]);
  const beadsOf = (list: readonly Seen[]) => [...new Set(list.map((s) => s.bead + 1))].sort((a, b) => a - b);
  const missing = seen.filter((s) => s.text === null);
  return {
    slug: doc.meta.slug,
    title: doc.meta.title,
    publisher: doc.meta.publication,
    date: doc.meta.date,
    kind: doc.kind,
    renderings: [...groups]
      .map(([rendering, list]) => ({
        rendering,
        example: mostFrequent(list.map((s) => s.text ?? '')),
        count: list.length,
        beads: beadsOf(list),
      }))
      .sort((a, b) => b.count - a.count || a.rendering.localeCompare(b.rendering)),
    notFound: missing.length,
    notFoundBeads: beadsOf(missing),
  };
}

/**
 * Every library document holding the term, oldest first (then by slug): the bilingual ones by the
 * term's occurrences in the Chinese, the English-only ones by the glossary's renderings in the English.
 * The data of a "renderings over time" chart and table.
 */
export function renderingsOverTime(term: string, data: TermData): DocumentAttestation[] {
  const seen = new Map<string, Seen[]>();
  const add = (slug: string, s: Seen) => seen.set(slug, [...(seen.get(slug) ?? []), s]);
  for (const o of data.occurrences) if (o.term === term) add(o.slug, { text: o.rendering, bead: o.bead });
  // A one-language document has one bead per paragraph.
  for (const e of data.evidence) if (e.term === term) add(e.slug, { text: e.rendering, bead: e.paragraph });
  return [...seen]
    .flatMap(([slug, list]) => {
      const doc = data.documents.get(slug);
      return doc ? [attestation(doc, list)] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
}

/**
 * Where an entry's recommendation comes from: its published sources, citations and the library documents that use it, with
 * every document's renderings for comparison. Undefined for a term the glossary does not hold.
 */
export function termSources(term: string, data: TermData, options: SourcesOptions = {}): TermSources | undefined {
  const glossary = options.glossary ?? getGlossary();
  const entry = glossary.find((e) => e.term === term);
  if (!entry) return undefined;
  const documents = renderingsOverTime(term, data);
  const recommended = normalizeRendering(entry.recommended);
  const recommendedIn = documents.filter((d) => d.renderings.some((r) => r.rendering === recommended));
  const countIn = (d: DocumentAttestation) => d.renderings.find((r) => r.rendering === recommended)?.count ?? 0;
  const summary =
    recommendedIn.length === 0
      ? NO_LIBRARY_SOURCE
      : `used in ${recommendedIn.length} ${recommendedIn.length === 1 ? 'document' : 'documents'} of the library: ${recommendedIn
          .slice(-SUMMARY_DOCUMENTS)
          .map((d) => `${d.publisher}, ${d.date} (${countIn(d)}×)`)
          .join('; ')}${recommendedIn.length > SUMMARY_DOCUMENTS ? ` (the ${SUMMARY_DOCUMENTS} most recent)` : ''}`;
  return {
    term,
    recommended: entry.recommended,
    basis: entry.basis,
    unsourced: (entry.attestations ?? []).length === 0,
    published: publishedRenderings(entry),
    citations: entry.citations ?? [],
    documents,
    recommendedIn,
    summary,
  };
}
