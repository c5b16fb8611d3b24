export type Lang = 'zh' | 'en';

/** One sentence of a paragraph: exactly the text paragraph.slice(start, end), trimmed. */
export interface Sentence {
  /** 0-based index of the paragraph in its text. */
  paragraph: number;
  /** UTF-16 offsets into the paragraph. */
  start: number;
  end: number;
  text: string;
}

/** Sentences that translate each other; one side empty when the other has no counterpart. */
export interface SentenceBead {
  zh: Sentence[];
  en: Sentence[];
  /**
   * Posterior probability of the bead within its paragraph bead, in [0, 1]; for a bead with one side empty, how
   * sure the aligner is that its sentences have no counterpart (see SHOW_FLAG_ABOVE).
   */
  confidence: number;
}
