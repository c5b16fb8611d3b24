import type { DocumentKind, DocumentMeta } from '../corpus';
import type { LibraryRow } from '../store';
import type { BeadOrigin } from '../align';
import type { Script } from '../script';
import type { DictEntry } from '../dict';
import type { NumberNote, TermNote } from '../terms';

/** What the pop-up shows for one word type on a page: its dictionary entry and its glossary entry. */
export interface WordCard extends Omit<DictEntry, 'source'> {
  glossary: GlossaryCard | null;
}

export interface GlossaryCard {
  term: string;
  recommended: string;
  basis: string;
  category: string;
  note: string | null;
  /** Renderings seen in the corpus with their counts, most frequent first. */
  renderings: Array<{ text: string; count: number }>;
  href: string;
}

/**
 * A Chinese paragraph as shown: its plain text with the word boundaries in compact form, so the
 * page carries the text once rather than one element per word; the browser marks the words up.
 */
export interface ZhParagraph {
  /** 0-based index of the paragraph in the document's Chinese. */
  index: number;
  text: string;
  /** The words of `text` (see encodeWordBoundaries). */
  words: string;
  /**
   * Indices of the words that are glossary-term occurrences, space-separated. The occurrence's id
   * on the page is `<index>.<wordIndex>`; the English spans that render it name that id.
   */
  terms: string;
  /** The paragraph's sentences (see SentenceMarkup). */
  sentences: SentenceMarkup;
}

/**
 * Where a paragraph's sentences are and which sentence of the other language each pairs with:
 * `spans` in the encodeRenderings format, each naming its sentence bead within the paragraph
 * bead; `alone` lists the sentence beads (space-separated) with nothing on the other side.
 * Empty strings when the bead is not aligned below the paragraph.
 */
export interface SentenceMarkup {
  spans: string;
  alone: string;
}

/** A sentence or paragraph of one language with nothing in the other. */
export interface OmissionView {
  /** 'zh' when the English leaves it out, 'en' when the English adds it. */
  side: 'zh' | 'en';
  /** Bead number (1-based) and its link. */
  bead: number;
  href: string;
  text: string;
  /** A whole paragraph rather than a sentence inside an aligned bead. */
  paragraph: boolean;
  /** How sure the aligner is that it has no counterpart, in [0, 1]. */
  confidence: number;
}

/** The look-up cards of a page, keyed by the word as the page shows it (in the page's script). */
export type LookupCards = Record<string, WordCard>;

/** An English paragraph: plain text and the spans that render term occurrences (see encodeRenderings). */
export interface EnParagraph {
  index: number;
  text: string;
  renders: string;
  sentences: SentenceMarkup;
}

/** A Chinese paragraph's markup without its text (see PageMarkup). */
export type ZhMarkup = Omit<ZhParagraph, 'index' | 'text'>;
/** An English paragraph's markup without its text (see PageMarkup). */
export type EnMarkup = Omit<EnParagraph, 'index' | 'text'>;

/**
 * The markup of every paragraph of a reading page, by language and paragraph index. The page itself
 * carries only the text: React would send markup twice, in the HTML and again in its payload. The
 * page's pop-up leaf fetches this from the view's `markupHref` and builds the elements.
 */
export interface PageMarkup {
  zh: ZhMarkup[];
  en: EnMarkup[];
}

/** A note on a bead, ready to show: a terminology note or a number that differs between the languages. */
export type NoteView = TermNoteView | NumberNoteView;

/** A terminology note on a bead, ready to show. */
export interface TermNoteView extends Pick<TermNote, 'kind' | 'severity' | 'term' | 'rendering' | 'recommended'> {
  /** The term as shown, in the page's script. */
  termLabel: string;
  /** The term's page, or the uploaded glossary's page for a term only the user's glossary holds. */
  termHref: string;
  /** For 'shared-rendering': the other term with the same English, in the page's script. */
  otherTermLabel: string | null;
}

/** A number or date on one side of a bead that the other side does not have. */
export interface NumberNoteView extends Pick<NumberNote, 'kind' | 'severity' | 'side' | 'message'> {
  /** As it stands, in the page's script. */
  text: string;
}

/** How one term is rendered along a document, for the summary strip. */
export interface TermSummary {
  term: string;
  /** The term as shown, in the page's script. */
  termLabel: string;
  termHref: string;
  renderings: Array<{ text: string; count: number; beads: number[] }>;
  /** Bead numbers where no rendering was found. */
  notFound: number[];
}

/** Who says a row's paragraphs translate each other (lib/align BeadOrigin, or the aligner). */
export type RowOrigin = 'aligner' | BeadOrigin;

/** One row of a reading page: a bead, or a single paragraph of a one-language document. */
export interface ReadingRow {
  /** 1-based number shown to the reader and used in the permalink (#b12). */
  number: number;
  zh: ZhParagraph[];
  en: EnParagraph[];
  /** Who aligned this row: the aligner, the bilingual file the document was imported from, or a person who checked it. */
  origin: RowOrigin;
  /** The aligner is unsure of this bead (see CHECK_ALIGNMENT_BELOW) and no one has checked it. */
  flagged: boolean;
  notes: NoteView[];
}

export interface ReadingView {
  meta: DocumentMeta;
  kind: DocumentKind;
  /** The script the Chinese is shown in, and its language tag. */
  script: Script;
  zhLang: string;
  rows: ReadingRow[];
  /** Where the page's look-up cards are fetched from on first use; null when it has no Chinese. */
  lookupHref: string | null;
  /** Where the page's PageMarkup is fetched from; null when it has no Chinese. */
  markupHref: string | null;
  /** Terms rendered in more than one way in this document. */
  summary: TermSummary[];
  /** What the English leaves out and adds, in reading order. */
  omissions: OmissionView[];
  beadCount: number;
}

/** One page of the library list. */
export interface LibraryPage {
  items: LibraryRow[];
  /** Documents in the library. */
  total: number;
  /** This page (1-based) and how many there are. */
  page: number;
  pages: number;
}
