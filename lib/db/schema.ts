import type { Generated } from 'kysely';

/**
 * The library index: everything derived from the document folders, as rows keyed by document. It can be
 * deleted and rebuilt at any time (`npm run reindex`); the folders stay the source of truth. JSON columns hold
 * small structured values that are read whole with their row (a bead's paragraph numbers, a note's details).
 */
export interface IndexSchema {
  /** Settings of the index itself: its schema version and the library's version (see LIBRARY_VERSION). */
  settings: { key: string; value: string };
  documents: DocumentsTable;
  paragraphs: ParagraphsTable;
  beads: BeadsTable;
  sentence_beads: SentenceBeadsTable;
  occurrences: OccurrencesTable;
  notes: NotesTable;
  evidence: EvidenceTable;
  /** Folders that could not be indexed, with the reason, until they change. */
  failures: FailuresTable;
}

export interface DocumentsTable {
  id: Generated<number>;
  slug: string;
  /** The folder the document was read from. */
  folder: string;
  /** The folder's version when it was indexed (lib/corpus folderVersion). */
  version: string;
  /** The analysis version its rows were derived with (lib/analysis ANALYSIS_VERSION). */
  analysis: string;
  /** The library version at which this row was written: a document's rows change together with it. */
  revision: number;
  kind: string;
  date: string;
  title_en: string;
  title_zh: string | null;
  /** Who made the English (lib/corpus TranslationKind): term views filter on it. */
  translation_kind: string;
  /** DocumentMeta as JSON. */
  meta: string;
  zh_paragraphs: number;
  en_paragraphs: number;
  bead_count: number;
  omissions: number;
  flagged: number;
  checked: number;
  given_by_file: number;
  notes: number;
  /** The imported file's units (lib/corpus SourceUnit[]) as JSON. */
  units: string;
}

export interface ParagraphsTable {
  document_id: number;
  lang: 'zh' | 'en';
  idx: number;
  text: string;
  /** Chinese only: the segmenter's word boundaries (lib/reader encodeWordBoundaries format). */
  words: string | null;
}

export interface BeadsTable {
  id: Generated<number>;
  document_id: number;
  idx: number;
  /** JSON arrays of paragraph indices. */
  zh: string;
  en: string;
  confidence: number;
  /** Who aligned the bead when not the aligner (lib/align BeadOrigin: 'file' or 'person'); null for the aligner's. */
  origin: string | null;
  /** Each side's paragraphs joined (lib/bitext beadText): what search shows and exports write. */
  zh_text: string;
  en_text: string;
  /** Toneless syllable of each Han character of zh_text, space-separated: places pinyin highlights. */
  syllables: string;
}

export interface SentenceBeadsTable {
  document_id: number;
  bead: number;
  idx: number;
  /** JSON arrays of [paragraph, start, end]. */
  zh: string;
  en: string;
  confidence: number;
}

export interface OccurrencesTable {
  document_id: number;
  bead: number;
  term: string;
  zh_paragraph: number;
  zh_start: number;
  zh_end: number;
  en_paragraph: number | null;
  en_start: number | null;
  en_end: number | null;
  /** As it stands in the English, null when not found. */
  rendering: string | null;
  /** normalizeRendering of `rendering`: renderings are counted by this. */
  rendering_key: string | null;
}

export interface NotesTable {
  document_id: number;
  /** Position in the document's notes, as the analysis listed them. */
  idx: number;
  bead: number;
  kind: string;
  severity: string;
  /** The term, or for a number note the number as it stands. */
  term: string;
  /** The CheckNote as JSON. */
  body: string;
}

/** Known renderings of glossary terms in English-only documents. */
export interface EvidenceTable {
  document_id: number;
  /** Position in the document's evidence, as the analysis listed it. */
  idx: number;
  term: string;
  paragraph: number;
  start: number;
  end: number;
  rendering: string;
}

export interface FailuresTable {
  folder: string;
  version: string;
  message: string;
}
