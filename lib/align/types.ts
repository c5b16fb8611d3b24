/**
 * Who says a bead's paragraphs translate each other, when it is not the aligner: the bilingual file the
 * document was imported from (its units), or a person who checked it (the alignment editor, a hand-written
 * alignment.tsv).
 */
export type BeadOrigin = 'file' | 'person';

/** One aligned group: the paragraphs of each side that translate each other. */
export interface Bead {
  /** 0-based paragraph indices into the Chinese text, ascending; empty when the English has no counterpart. */
  zh: number[];
  /** 0-based paragraph indices into the English text, ascending; empty when the Chinese has no counterpart. */
  en: number[];
  /** How sure the aligner is of this bead, in [0, 1]. */
  confidence: number;
  /** Where the bead comes from (it is then read from the document's alignment.tsv); absent for the aligner's beads. */
  origin?: BeadOrigin | undefined;
}

/** Optional lexical evidence: Chinese words and the English words or phrases that render them. */
export interface Lexicon {
  entries: ReadonlyArray<{ zh: string; en: readonly string[] }>;
}

export interface AlignOptions {
  /** Extra evidence from word translations; none by default. */
  lexicon?: Lexicon | undefined;
  /**
   * Half-width of the search band, in paragraphs. The first pass searches this plus √(paragraphs) around
   * the line on which both texts have used up the same share of their length; the second pass searches
   * this around the first pass's path. Default 20.
   */
  band?: number | undefined;
  /** Weight of the anchors (numbers, dates, quotes, markers) against length agreement. Default 1. */
  anchorWeight?: number | undefined;
  /** Weight of the lexicon matches against length agreement. Default 1. */
  lexiconWeight?: number | undefined;
  /**
   * Weight of the translation evidence (which words of one side find their dictionary renderings on the other;
   * see translation.ts) against length agreement; used only with a lexicon, 0 switches it off. Default 1.
   */
  translationWeight?: number | undefined;
  /** Allow 2:2 beads. Default true. */
  allowTwoToTwo?: boolean | undefined;
  /**
   * The most units on the many side of a k:1 or 1:k bead: 2 is Gale & Church's set, 3 adds 3:1 and 1:3.
   * Default 3.
   */
  maxGroup?: number | undefined;
  /**
   * Cost in nats, besides the prior, of a unit left without counterpart (a 1:0 or 0:1 bead), in place of Gale &
   * Church's length cost of the unit against nothing, which grows with the unit's length and so makes gluing a
   * long untranslated unit to its neighbour cheaper than leaving it out. Default: Gale & Church's.
   */
  deletionCost?: number | undefined;
}

/** Options with every default filled in. */
export type ResolvedAlignOptions = Omit<Required<AlignOptions>, 'lexicon' | 'deletionCost'> & {
  lexicon: Lexicon | undefined;
  deletionCost: number | undefined;
};

export const DEFAULT_ALIGN_OPTIONS: Readonly<ResolvedAlignOptions> = {
  lexicon: undefined,
  band: 20,
  anchorWeight: 1,
  lexiconWeight: 1,
  translationWeight: 1,
  allowTwoToTwo: true,
  maxGroup: 3,
  deletionCost: undefined,
};

export interface AlignmentScore {
  precision: number;
  recall: number;
  f1: number;
}

/** A line of a gold.tsv-style file that cannot be read as a bead. */
export class BeadFormatError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`${file} (line ${line}): ${problem}`);
    this.name = 'BeadFormatError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Beads whose confidence (posterior probability) is below this are worth a reader's check. Calibrated on the
 * 210 perturbation cases of bench:align (8,167 beads): a third of the beads below it are wrong (0.34) against
 * one in ninety above it (0.011), and it catches 58% of the wrong beads while flagging only 4% of all. 0.95
 * would catch 75% but flag twice as many, of which only a fifth are wrong; a marker that is usually a false
 * alarm stops being read. bench:align prints the table.
 */
export const CHECK_ALIGNMENT_BELOW = 0.9;
