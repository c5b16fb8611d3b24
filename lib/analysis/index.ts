import { type Bead } from '../align';
import { alignDocument } from '../bitext';
import type { CorpusDocument, DocumentKind, DocumentMeta, SourceUnit } from '../corpus';
import { getGlossary, type GlossaryEntry } from '../glossary';
import { segmentParagraph } from '../segment';
import { isShownFlag, type SentenceBead } from '../sentence';
import {
  englishEvidenceOf,
  findOccurrences,
  numberNotesOf,
  termNotesOf,
  type CheckNote,
  type EnglishOnlyEvidence,
  type TermOccurrence,
} from '../terms';
import { needsCheck } from '../reader/check';
import { encodeWordBoundaries } from '../reader/paragraph-markup';

/**
 * Everything the reader derives from one document version: the heavy work (segmentation, alignment, term
 * analysis) done once, off the request path, and stored in the library index (lib/store). Pages and
 * whole-library views are built from analyses, never by analysing again.
 */
export { ANALYSIS_VERSION } from './version';

export interface DocumentAnalysis {
  meta: DocumentMeta;
  kind: DocumentKind;
  zh: string[] | null;
  en: string[] | null;
  /** Per Chinese paragraph, the segmenter's words (encodeWordBoundaries format). */
  words: string[];
  beads: Bead[];
  /** Per bead, its sentence beads; none for a one-language document. */
  sentences: SentenceBead[][];
  occurrences: TermOccurrence[];
  /** Terminology and number notes. */
  notes: CheckNote[];
  /** For an English-only document: the known renderings of glossary terms in it. */
  evidence: EnglishOnlyEvidence[];
  /** The units of the bilingual file it was imported from (units.tsv); none otherwise. */
  units: SourceUnit[];
  counts: { omissions: number; flagged: number; checked: number; givenByFile: number };
}

/** Word boundaries of a Chinese paragraph, as the reader marks its words up. */
function wordsOf(paragraph: string): string {
  return encodeWordBoundaries(segmentParagraph(paragraph).map((t) => ({ length: t.text.length, word: t.kind === 'word' })));
}

/** Sentences and paragraphs of one language with nothing in the other, as the reader shows them. */
function omissionCount(beads: readonly Bead[], sentences: readonly SentenceBead[][]): number {
  return beads.reduce((count, bead, i) => {
    if (bead.zh.length === 0 || bead.en.length === 0) return count + bead.zh.length + bead.en.length;
    return count + (sentences[i] ?? []).filter(isShownFlag).length;
  }, 0);
}

/**
 * Analyses one document: its beads (the hand-checked alignment.tsv when it has one, else the aligner's), sentence
 * beads, words, term occurrences and notes under `glossary` (the project's by default), and for an English-only
 * document the renderings of glossary terms found in it.
 */
export function analyzeDocument(doc: CorpusDocument, glossary: readonly GlossaryEntry[] = getGlossary()): DocumentAnalysis {
  const { slug } = doc.meta;
  const { beads, sentences } = alignDocument(doc);
  const words = (doc.zh ?? []).map(wordsOf);
  const bilingual = doc.kind === 'bilingual' && doc.zh !== null && doc.en !== null;
  const occurrences = bilingual && doc.zh && doc.en ? findOccurrences(slug, doc.zh, doc.en, beads, glossary) : [];
  const notes: CheckNote[] =
    bilingual && doc.zh && doc.en
      ? [...termNotesOf(slug, doc.zh, occurrences, { glossary }), ...numberNotesOf(slug, doc.zh, doc.en, beads)]
      : [];
  return {
    meta: doc.meta,
    kind: doc.kind,
    zh: doc.zh,
    en: doc.en,
    words,
    beads,
    sentences,
    occurrences,
    notes,
    evidence: doc.kind === 'english-only' && doc.en ? englishEvidenceOf(slug, doc.en, glossary) : [],
    units: doc.units ?? [],
    counts: {
      omissions: bilingual ? omissionCount(beads, sentences) : 0,
      flagged: bilingual ? beads.filter(needsCheck).length : 0,
      checked: bilingual ? beads.filter((bead) => bead.origin === 'person').length : 0,
      givenByFile: bilingual ? beads.filter((bead) => bead.origin === 'file').length : 0,
    },
  };
}
