export { normalizeRendering } from './english';
export { findOccurrences } from './match';
export { getAlignedDocuments, getCorpusOccurrences, notesFor, renderingsOf } from './corpus';
export type { AlignedDocument } from './corpus';
export { suggestVariants } from './variants';
export { englishOnlyEvidence } from './evidence';
export type { EnglishOnlyEvidence, RenderingCount, TermNote, TermNoteKind, TermOccurrence, VariantSuggestion } from './types';
