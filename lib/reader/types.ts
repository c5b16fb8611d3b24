import type { DocumentKind, DocumentMeta } from '../corpus';
import type { Script } from '../script';

/** What the pop-up shows for one word type on a page. */
export interface WordCard {
  simplified: string;
  traditional: string;
  pinyin: string;
  /** Up to five CC-CEDICT senses; empty when the word is in no dictionary. */
  senses: string[];
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

/** A run of Chinese text: a word to look up (index into the page's cards) or plain text. */
export interface ZhRun {
  text: string;
  /** Index into ReadingView.cards when this run is a word. */
  card?: number;
  /** Pinyin of the word, shown above it when the reader turns pinyin on. */
  pinyin?: string;
  /** Term occurrence id, linking the word to its rendering in the English of the bead. */
  occurrence?: string;
}

/** A run of English text; `renders` lists the term occurrences this run renders. */
export interface EnRun {
  text: string;
  renders?: string[];
}

/** A terminology note on a bead, ready to show. */
export interface NoteView {
  kind: 'non-recommended' | 'inconsistent' | 'shared-rendering' | 'not-found';
  term: string;
  /** The term as shown, in the page's script. */
  termLabel: string;
  termHref: string;
  message: string;
  /** The rendering in this bead as it stands, or null when none was found. */
  rendering: string | null;
  recommended: string;
  /** Renderings of the term elsewhere in this document and in the whole corpus, each with an example bead. */
  inDocument: RenderingLink[];
  inCorpus: RenderingLink[];
}

export interface RenderingLink {
  text: string;
  count: number;
  href: string;
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

/** One row of a reading page: a bead, or a single paragraph of a one-language document. */
export interface ReadingRow {
  /** 1-based number shown to the reader and used in the permalink (#b12). */
  number: number;
  zh: ZhRun[][];
  en: EnRun[][];
  /** Alignment confidence in [0, 1]; null for one-language documents. */
  confidence: number | null;
  notes: NoteView[];
}

export interface ReadingView {
  meta: DocumentMeta;
  kind: DocumentKind;
  /** The script the Chinese is shown in, and its language tag. */
  script: Script;
  zhLang: string;
  rows: ReadingRow[];
  /** One card per distinct word on the page. */
  cards: WordCard[];
  /** Terms rendered in more than one way in this document. */
  summary: TermSummary[];
  beadCount: number;
}

export interface LibraryItem {
  meta: DocumentMeta;
  kind: DocumentKind;
  zhParagraphs: number;
  enParagraphs: number;
  beads: number;
}
