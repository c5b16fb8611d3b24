export { normalizeRendering } from './english';
export { findOccurrences } from './match';
export { renderingsOf } from './occurrences';
export { NOTE_SEVERITY, numberNotesOf, SEVERITIES, termNotesOf } from './notes';
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
export { NO_LIBRARY_SOURCE, renderingsOverTime, termSources } from './sources';
export type { DocumentAttestation, DocumentRendering, SourcesOptions, TermData, TermSources } from './sources';
export { beadLink, checklistFor, groupNotes, noteId } from './checklist';
export type { Checklist, ChecklistItem } from './checklist';
