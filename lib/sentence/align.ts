import { alignWithinGroups, type AlignOptions, type Bead } from '../align';
import { splitSentences } from './split';
import type { Sentence, SentenceBead } from './types';

/** Options of the sentence aligner: the paragraph aligner's, which it applies inside each paragraph bead. */
export type SentenceAlignOptions = AlignOptions;

/**
 * Default for maxGroup between sentences. A Chinese sentence is cut at every ；, and translations often keep a
 * whole ；-list in one English sentence ("…; we must…; we must…; and so on."): eight clauses to one sentence
 * occur in the corpus, and forcing them into smaller beads would mark clauses as left out that are not.
 */
export const SENTENCE_MAX_GROUP = 8;

/**
 * What a sentence left without counterpart costs besides its prior (AlignOptions.deletionCost): flat, as
 * vecalign's deletion penalty, so that an untranslated sentence stands alone instead of being glued to a
 * neighbour. Tuned on the tune half of the dev texts (bench:align --dev), with the paragraph aligner's cap on the
 * misses of an untranslated sentence (lib/align translation.ts). With the name anchors and the fuller lexicon
 * (cross-references, parts of compounds), 2.25 against 2.5 lifts the tune half's deleted-case F1 from 0.912 to
 * 0.921 and omission recall from 0.735 to 0.765, and leaves the check half (0.930; 0.938 / 0.857) and the grouped
 * cases as they were; 2 raises false flags on the grouped cases (F1 0.977) and false additions.
 */
export const SENTENCE_DELETION_COST = 2.25;

/**
 * Omission and addition flags (sentence beads with one side empty) whose confidence is below this are not
 * shown: the aligner shows a flag when it holds it more likely than not. Calibrated on the deleted dev cases
 * (bench:align --dev): at 0.5, 96% of the flags shown are right and 95% of the right ones are shown; 0.9 buys
 * a point of precision (97%) for a tenth of the right flags.
 */
export const SHOW_FLAG_ABOVE = 0.5;

/** Whether a sentence bead is an omission or addition the reader shows: one side empty, confidence at least SHOW_FLAG_ABOVE. */
export function isShownFlag(bead: SentenceBead): boolean {
  return (bead.zh.length === 0 || bead.en.length === 0) && bead.confidence >= SHOW_FLAG_ABOVE;
}

/**
 * Aligns the sentences inside each paragraph bead of a document: splits every paragraph (splitSentences) and
 * aligns each bead's Chinese sentences with its English ones (1:1, 1:0, 0:1, 2:1, 1:2, 2:2 and k:1, 1:k up to
 * SENTENCE_MAX_GROUP) by length,
 * anchors and, given a lexicon, translation evidence learnt over the whole document. Returns, per paragraph
 * bead and in its order, the sentence beads in reading order; every sentence lands in exactly one. A sentence
 * bead with one side empty is an omission (Chinese only) or an addition (English only) of the translation.
 */
export function alignSentences(
  zh: readonly string[],
  en: readonly string[],
  beads: readonly Bead[],
  options: SentenceAlignOptions = {},
): SentenceBead[][] {
  const sentences = beads.map((bead) => ({
    zh: bead.zh.flatMap((p) => splitSentences(zh[p] ?? '', 'zh', p)),
    en: bead.en.flatMap((p) => splitSentences(en[p] ?? '', 'en', p)),
  }));
  const groups = sentences.map((group) => ({ zh: group.zh.map((s) => s.text), en: group.en.map((s) => s.text) }));
  return alignWithinGroups(groups, { maxGroup: SENTENCE_MAX_GROUP, deletionCost: SENTENCE_DELETION_COST, ...options }).map((inner, k) => {
    const { zh: zhSentences, en: enSentences } = sentences[k]!;
    return inner.map((bead) => ({
      zh: bead.zh.map((i): Sentence => zhSentences[i]!),
      en: bead.en.map((i): Sentence => enSentences[i]!),
      confidence: bead.confidence,
    }));
  });
}
