import type { Translation, TranslationKind } from '../corpus';
import { getGlossary, type GlossaryEntry, type GlossarySource } from '../glossary';
import { convertText, convertWord, type Script } from '../script';
import { readDecisions, reviewFindings, type FindingTarget, type ReviewDecision, type ReviewStatus } from '../review';
import { bilingualDocumentsOf, indexedDocument, type IndexDatabase, type IndexedDocument } from '../store';
import {
  checklistFor,
  findOccurrences,
  noteId,
  SEVERITIES,
  termNotesOf,
  type CheckNote,
  type NoteKind,
  type NoteSeverity,
  type TermOccurrence,
} from '../terms';
import { readHref, termHref } from './links';
import { termSummary } from './summary';
import type { NoteView, TermSummary } from './types';
import { chosenGlossary, getUserGlossary } from './user-glossary';

function noteView(note: CheckNote, script: Script): NoteView {
  if (note.kind === 'number-mismatch') {
    const text = note.side === 'zh' ? convertText(note.text, script) : note.text;
    return {
      kind: note.kind,
      severity: note.severity,
      side: note.side,
      text,
      message: note.side === 'zh' ? convertText(note.message, script) : note.message,
    };
  }
  return {
    kind: note.kind,
    severity: note.severity,
    term: note.term,
    termLabel: convertWord(note.term, script),
    termHref: termHref(note.term),
    rendering: note.rendering,
    recommended: note.recommended,
    otherTermLabel: note.otherTerm ? convertWord(note.otherTerm, script) : null,
  };
}

/** Notes as shown, worst first, by 0-based bead. */
export function notesByBead(notes: readonly CheckNote[], script: Script): Map<number, NoteView[]> {
  const sorted = [...notes].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const byBead = new Map<number, NoteView[]>();
  for (const note of sorted) byBead.set(note.bead, [...(byBead.get(note.bead) ?? []), noteView(note, script)]);
  return byBead;
}

/** What a document holds under one glossary: its term occurrences and notes. */
interface UnderGlossary {
  occurrences: TermOccurrence[];
  notes: CheckNote[];
}

/** A document's occurrences and notes per glossary and document version: recomputed only when either changes. */
const glossaryCache = new WeakMap<readonly GlossaryEntry[], Map<string, UnderGlossary>>();

/**
 * An indexed bilingual document's term occurrences and notes under `glossary`: the index's (the project's glossary),
 * or found again on the document's text and beads for another glossary, once per glossary and document version.
 */
function underGlossary(doc: IndexedDocument, glossary: readonly GlossaryEntry[]): UnderGlossary {
  if (glossary === getGlossary() || !doc.zh || !doc.en) return doc;
  let byDocument = glossaryCache.get(glossary);
  if (!byDocument) glossaryCache.set(glossary, (byDocument = new Map()));
  const key = `${doc.meta.slug}\u0000${doc.version}`;
  let found = byDocument.get(key);
  if (!found) {
    const { slug } = doc.meta;
    const occurrences = findOccurrences(slug, doc.zh, doc.en, doc.beads, glossary);
    const notes = [...termNotesOf(slug, doc.zh, occurrences, { glossary }), ...doc.notes.filter((n) => n.kind === 'number-mismatch')];
    byDocument.set(key, (found = { occurrences, notes }));
  }
  return found;
}

/** Every note of an indexed bilingual document under `glossary` (see underGlossary). */
export function documentNotes(doc: IndexedDocument, glossary: readonly GlossaryEntry[]): CheckNote[] {
  return underGlossary(doc, glossary).notes;
}

/** What the reading page fetches when the reader's notes follow another glossary than the project's. */
export interface NotesResponse {
  /** The glossary the notes follow: the project's when the choice names an uploaded glossary and there is none. */
  source: GlossarySource;
  /** Notes by 1-based bead number; beads without notes are left out. */
  beads: Record<string, NoteView[]>;
  total: number;
  /** The terminology summary under the same glossary. */
  summary: TermSummary[];
}

/** A document's notes under a glossary choice; undefined for a slug that is no bilingual document. */
export async function getNotes(
  index: IndexDatabase,
  slug: string,
  source: GlossarySource,
  script: Script,
): Promise<NotesResponse | undefined> {
  const doc = await indexedDocument(index, slug);
  if (doc?.kind !== 'bilingual') return undefined;
  const { occurrences, notes } = underGlossary(doc, chosenGlossary(source));
  const byBead = notesByBead(notes, script);
  const beads: Record<string, NoteView[]> = {};
  let total = 0;
  for (const [bead, notes] of byBead) {
    beads[String(bead + 1)] = notes;
    total += notes.length;
  }
  return { source: getUserGlossary() ? source : 'project', beads, total, summary: termSummary(occurrences, script) };
}

/** One line of the checklist page. */
export interface ChecklistItemView {
  kind: NoteKind;
  severity: NoteSeverity;
  /** The term as shown (or the number as it stands). */
  label: string;
  /** The term's page, or null for a number. */
  termHref: string | null;
  count: number;
  summary: string;
  notes: ChecklistNoteView[];
}

/** One finding of the checklist, with what a reviewer decided of it. */
export interface ChecklistNoteView {
  id: string;
  bead: number;
  href: string;
  message: string;
  /** What a decision names (see lib/review FindingTarget). */
  target: FindingTarget;
  status: ReviewStatus;
  /** The decision that applies, with its scope, reason, reviewer and time; null while none does. */
  decision: Pick<ReviewDecision, 'scope' | 'status' | 'reason' | 'reviewer' | 'at'> | null;
}

export interface ChecklistView {
  slug: string;
  title: { zh?: string | undefined; en: string };
  /** Who made the document's English, and what kind of translation it is. */
  translation: Translation;
  /** Which glossary the notes follow, and whether an uploaded one exists. */
  source: GlossarySource;
  hasUserGlossary: boolean;
  total: number;
  bySeverity: Record<NoteSeverity, number>;
  items: ChecklistItemView[];
  readHref: string;
}

/** A bilingual document's notes as a checklist, under the reader's glossary choice; undefined for any other slug. */
export async function getChecklistView(
  index: IndexDatabase,
  slug: string,
  source: GlossarySource,
  script: Script,
): Promise<ChecklistView | undefined> {
  const doc = await indexedDocument(index, slug);
  return doc?.kind === 'bilingual' ? checklistViewOf(doc, source, script) : undefined;
}

/** The review report of the whole library: each bilingual document's checklist, worst first within each. */
export interface LibraryReportView {
  source: GlossarySource;
  /** The kind of translation the report is restricted to; undefined for every kind. */
  translation: TranslationKind | undefined;
  /** Documents with at least one finding, oldest first. */
  documents: ChecklistView[];
  open: number;
  decided: number;
}

/**
 * Every bilingual document's findings and what was decided of them, under the reader's glossary choice; with
 * `translation`, only the documents whose English is a translation of that kind.
 */
export async function getLibraryReport(
  index: IndexDatabase,
  source: GlossarySource,
  script: Script,
  translation?: TranslationKind,
): Promise<LibraryReportView> {
  const documents: ChecklistView[] = [];
  let open = 0;
  let decided = 0;
  for await (const doc of bilingualDocumentsOf(index, translation)) {
    const view = checklistViewOf(doc, source, script);
    if (view.total === 0) continue;
    documents.push(view);
    for (const note of view.items.flatMap((item) => item.notes)) {
      if (note.status === 'open') open++;
      else decided++;
    }
  }
  return { source, translation, documents, open, decided };
}

function checklistViewOf(doc: IndexedDocument, source: GlossarySource, script: Script): ChecklistView {
  const { slug } = doc.meta;
  const notes = documentNotes(doc, chosenGlossary(source));
  const checklist = checklistFor(slug, notes);
  const reviewed = reviewFindings(notes, doc, readDecisions());
  const findings = new Map(notes.map((note, i) => [note, reviewed[i]] as const));
  const shown = (text: string) => convertText(text, script);
  return {
    slug,
    title: { zh: doc.meta.title.zh ? shown(doc.meta.title.zh) : undefined, en: doc.meta.title.en },
    translation: doc.meta.translation,
    source,
    hasUserGlossary: getUserGlossary() !== undefined,
    total: checklist.total,
    bySeverity: checklist.bySeverity,
    readHref: readHref(slug),
    items: checklist.items.map((item) => ({
      kind: item.kind,
      severity: item.severity,
      label: shown(item.term),
      termHref: item.kind !== 'number-mismatch' ? termHref(item.term) : null,
      count: item.count,
      summary: shown(item.summary),
      notes: item.notes.map((note): ChecklistNoteView => {
        const finding = findings.get(note);
        const decision = finding?.decision;
        return {
          id: noteId(note),
          bead: note.bead + 1,
          href: readHref(slug, note.bead + 1),
          message: shown(note.message),
          target: finding?.target ?? { kind: note.kind, term: '', rendering: null, slug, context: '' },
          status: finding?.status ?? 'open',
          decision: decision
            ? { scope: decision.scope, status: decision.status, reason: decision.reason, reviewer: decision.reviewer, at: decision.at }
            : null,
        };
      }),
    })),
  };
}
