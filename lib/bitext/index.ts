import { alignParagraphs, type Bead } from '../align';
import type { CorpusDocument } from '../corpus';
import { buildLexicon } from '../dict';
import { paragraphWords } from '../segment';

/**
 * Weight of dictionary evidence against length agreement. Measured on the three gold
 * documents with one English paragraph deleted at a time (39 cases): mean F1 0.963 without
 * the lexicon, 0.964 at 0.25, 0.963 at 0.5, 0.955 at 1; the gold files stay exact up to 0.5.
 */
export const LEXICON_WEIGHT = 0.25;

/**
 * The project's aligner for a Chinese text and its translation: alignParagraphs with lexical
 * evidence from the glossary and CC-CEDICT for the words of this Chinese text.
 */
export function alignBitext(zh: readonly string[], en: readonly string[]): Bead[] {
  const words = new Set(zh.flatMap((p) => paragraphWords(p)));
  return alignParagraphs(zh, en, { lexicon: buildLexicon(words), lexiconWeight: LEXICON_WEIGHT });
}

const beadCache = new Map<string, Bead[]>();

/**
 * A corpus document's beads, aligned once per process: every page, term analysis and export
 * uses these, so bead numbers agree everywhere. One-language documents get one bead per paragraph.
 */
export function documentBeads(doc: CorpusDocument): Bead[] {
  let beads = beadCache.get(doc.meta.slug);
  if (!beads) {
    beads =
      doc.zh && doc.en
        ? alignBitext(doc.zh, doc.en)
        : (doc.zh ?? doc.en ?? []).map((_, i) => ({ zh: doc.zh ? [i] : [], en: doc.en ? [i] : [], confidence: 1 }));
    beadCache.set(doc.meta.slug, beads);
  }
  return beads;
}
