/** One occurrence of a glossary term in the Chinese of a bead, with the English that renders it. */
export interface TermOccurrence {
  slug: string;
  term: string;
  /** 0-based index into the document's beads. */
  bead: number;
  /** The Chinese paragraph and the UTF-16 offsets of the term in it. */
  zh: { paragraph: number; start: number; end: number };
  /** The English span that renders the term, or null when none was found. */
  en: { paragraph: number; start: number; end: number } | null;
  /** The English as it stands, e.g. "cyber law"; null when not found. */
  rendering: string | null;
}

export interface RenderingCount {
  /** Normalised (see normalizeRendering). */
  rendering: string;
  /** The most frequent form as it stands in the English. */
  example: string;
  count: number;
  occurrences: TermOccurrence[];
}

export type TermNoteKind = 'non-recommended' | 'inconsistent' | 'shared-rendering' | 'not-found';

/** Every kind of note the checklist holds: the glossary notes and the number check. */
export type NoteKind = TermNoteKind | 'number-mismatch';

/**
 * How much a note asks of a translator (see termNoteSeverity): 'error' goes against the chosen glossary or
 * the source text, 'warning' is worth a look, 'info' is for awareness.
 */
export type NoteSeverity = 'error' | 'warning' | 'info';

export interface TermNote {
  kind: TermNoteKind;
  severity: NoteSeverity;
  slug: string;
  /** 0-based index into the document's beads. */
  bead: number;
  term: string;
  rendering: string | null;
  recommended: string;
  /** The other renderings of the term in this document. */
  others: RenderingCount[];
  /** For 'shared-rendering': the other Chinese term rendered by the same English. */
  otherTerm?: string;
  /** One sentence for a reader. */
  message: string;
}

/** A number or date on one side of a bead that the other side does not have. */
export interface NumberNote {
  kind: 'number-mismatch';
  severity: NoteSeverity;
  slug: string;
  /** 0-based index into the document's beads. */
  bead: number;
  /** The side the number stands on. */
  side: 'zh' | 'en';
  /** As it stands in the text: "二〇二四", "9.6万", "30%". */
  text: string;
  value: number;
  message: string;
}

/** Any note of a document's checklist. */
export type CheckNote = TermNote | NumberNote;

export interface VariantSuggestion {
  term: string;
  /** Normalised English n-gram. */
  ngram: string;
  /** Dice coefficient of the term and the n-gram over aligned beads. */
  dice: number;
  /** Beads whose English holds the n-gram. */
  beadsWith: number;
  /** Beads holding both the term and the n-gram. */
  beadsBoth: number;
  examples: Array<{ slug: string; bead: number }>;
}

/** A known rendering of a term in an English-only document. */
export interface EnglishOnlyEvidence {
  term: string;
  slug: string;
  paragraph: number;
  start: number;
  end: number;
  /** As it stands in the text. */
  rendering: string;
}
