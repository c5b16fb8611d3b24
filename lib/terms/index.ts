export { normalizeRendering } from './english';
export { findOccurrences } from './match';
export { getAlignedDocuments, getCorpusOccurrences, notesFor, renderingsOf } from './occurrences';
export type { AlignedDocument } from './occurrences';
export { suggestVariants } from './variants';
export { englishOnlyEvidence } from './evidence';
export type { EnglishOnlyEvidence, RenderingCount, TermNote, TermNoteKind, TermOccurrence, VariantSuggestion } from './types';
