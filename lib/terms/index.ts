export { normalizeRendering } from './english';
export { findOccurrences } from './match';
export { renderingsOf } from './occurrences';
export { attestationsOf, numberNotesOf, SEVERITIES, termNoteSeverity, termNotesOf } from './notes';
export type { NotesOptions } from './notes';
export { chineseNumbers, englishNumbers, numberMismatches } from './numbers';
export type { BeadNumber } from './numbers';
export { rankVariants, variantCandidates } from './variants';
export type { BeadWithTerm } from './variants';
export { englishEvidenceOf } from './evidence';
export type {
  CheckNote,
  EnglishOnlyEvidence,
  NoteKind,
  NoteSeverity,
  NumberNote,
  RenderingCount,
  TermNote,
  TermNoteKind,
  TermOccurrence,
  VariantSuggestion,
} from './types';
export { NO_LIBRARY_SOURCE, publishedRenderings, renderingsOverTime, termSources } from './sources';
export type { DocumentAttestation, DocumentRendering, PublishedRendering, SourcesOptions, TermData, TermSources } from './sources';
export { beadLink, checklistFor, groupNotes, noteId } from './checklist';
export type { Checklist, ChecklistItem } from './checklist';
