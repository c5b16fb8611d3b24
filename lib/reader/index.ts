import { alignParagraphs, type Bead } from '../align';
import { getCorpus, getDocument, type CorpusDocument, type DocumentKind, type DocumentMeta } from '../corpus';

/** One row of a reading page: a bead, or a single paragraph of a one-language document. */
export interface ReadingRow {
  /** 1-based number shown to the reader and used in the permalink (#b12). */
  number: number;
  zh: string[];
  en: string[];
  /** Alignment confidence in [0, 1]; null for one-language documents. */
  confidence: number | null;
}

export interface ReadingView {
  meta: DocumentMeta;
  kind: DocumentKind;
  rows: ReadingRow[];
}

export interface LibraryItem {
  meta: DocumentMeta;
  kind: DocumentKind;
  zhParagraphs: number;
  enParagraphs: number;
  beads: number;
}

const beadCache = new Map<string, Bead[]>();

/** The document's beads; one-language documents get one bead per paragraph. */
export function getBeads(doc: CorpusDocument): Bead[] {
  let beads = beadCache.get(doc.meta.slug);
  if (!beads) {
    beads =
      doc.zh && doc.en
        ? alignParagraphs(doc.zh, doc.en)
        : (doc.zh ?? doc.en ?? []).map((_, i) => ({
            zh: doc.zh ? [i] : [],
            en: doc.en ? [i] : [],
            confidence: 1,
          }));
    beadCache.set(doc.meta.slug, beads);
  }
  return beads;
}

const pick = (paragraphs: string[] | null, indices: readonly number[]) =>
  indices.map((i) => paragraphs?.[i]).filter((p): p is string => p !== undefined);

export function getReadingView(slug: string): ReadingView | undefined {
  const doc = getDocument(slug);
  if (!doc) return undefined;
  const rows = getBeads(doc).map((bead, i) => ({
    number: i + 1,
    zh: pick(doc.zh, bead.zh),
    en: pick(doc.en, bead.en),
    confidence: doc.kind === 'bilingual' ? bead.confidence : null,
  }));
  return { meta: doc.meta, kind: doc.kind, rows };
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
