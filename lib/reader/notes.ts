import type { DocumentMeta, Translation, TranslationKind } from '../corpus';
import { getGlossary, type GlossaryEntry, type GlossarySource } from '../glossary';
import { convertText, convertWord, type Script } from '../script';
import {
  decisionFor,
  readDecisions,
  reviewFindings,
  type FindingTarget,
  type ReviewDecision,
  type ReviewedFinding,
  type ReviewStatus,
} from '../review';
import {
  indexedDocument,
  indexedNotes,
  libraryVersion,
  noteTally,
  reportDocuments,
  reportTotals,
  type IndexDatabase,
  type IndexedDocument,
  type ReportDocumentRow,
} from '../store';
import {
  checklistFor,
  findOccurrences,
  noteId,
  normalizeRendering,
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
  const key = `${doc.meta.slug}\u0000${doc.renderVersion}`;
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

/** A finding of the review report: a checklist note without what a decision would name (the report decides nothing). */
export type ReportNoteView = Omit<ChecklistNoteView, 'target'>;

/** A document of the review report: its checklist, with report notes. */
export interface ReportDocumentView extends Omit<ChecklistView, 'items'> {
  items: Array<Omit<ChecklistItemView, 'notes'> & { notes: ReportNoteView[] }>;
}

/** How many documents a page of the review report shows. */
export const REPORT_PAGE_SIZE = 20;

/** One page of the library's review report. */
export interface LibraryReportView {
  source: GlossarySource;
  /** The kind of translation the report is restricted to; undefined for every kind. */
  translation: TranslationKind | undefined;
  /** 1-based, and how many pages there are (at least one). */
  page: number;
  pages: number;
  /** This page's documents with at least one finding, oldest first. */
  documents: ReportDocumentView[];
  /**
   * Whether the notes were computed for this page's documents (an uploaded glossary): then `open`, `decided` and
   * `documentCount` cover this page only; otherwise they cover every page, counted by the index.
   */
  computed: boolean;
  /** Documents with findings over every page (this page's when computed). */
  documentCount: number;
  open: number;
  decided: number;
}

const statusCounts = (views: readonly ReportDocumentView[]) => {
  let open = 0;
  let decided = 0;
  for (const note of views.flatMap((view) => view.items.flatMap((item) => item.notes))) {
    if (note.status === 'open') open++;
    else decided++;
  }
  return { open, decided };
};

/**
 * One page of the library's findings and what was decided of them, under the reader's glossary choice; with
 * `translation`, only the documents whose English is a translation of that kind. Under the project glossary the
 * page reads its documents' notes rows only and the library-wide counts are queries (documents' note counts, and the
 * notes review decisions can reach); under an uploaded glossary the notes are computed, for this page's documents
 * only. Undefined for a page past the last.
 */
export async function getLibraryReport(
  index: IndexDatabase,
  source: GlossarySource,
  script: Script,
  translation?: TranslationKind,
  page = 1,
): Promise<LibraryReportView | undefined> {
  const computed = chosenGlossary(source) !== getGlossary();
  const totals = await reportTotals(index, { translation, withNotes: !computed });
  const pages = Math.max(1, Math.ceil(totals.documents / REPORT_PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const rows = await reportDocuments(index, {
    translation,
    withNotes: !computed,
    offset: (page - 1) * REPORT_PAGE_SIZE,
    limit: REPORT_PAGE_SIZE,
  });
  const documents: ReportDocumentView[] = [];
  for (const row of rows) {
    const view = await reportViewOf(index, row, source, script, computed);
    if (view && view.total > 0) documents.push(view);
  }
  const base = { source, translation, page, pages, documents, computed };
  if (computed) return { ...base, documentCount: documents.length, ...statusCounts(documents) };
  const decided = await decidedCount(index, translation);
  return { ...base, documentCount: totals.documents, open: totals.notes - decided, decided };
}

/**
 * Every document of the review report with its findings, oldest first and one at a time, so a download of the
 * whole library holds one document in memory (see getLibraryReport).
 */
export async function* libraryReportDocuments(
  index: IndexDatabase,
  source: GlossarySource,
  script: Script,
  translation?: TranslationKind,
): AsyncGenerator<ReportDocumentView> {
  const computed = chosenGlossary(source) !== getGlossary();
  for (let offset = 0; ; offset += REPORT_PAGE_SIZE) {
    const rows = await reportDocuments(index, { translation, withNotes: !computed, offset, limit: REPORT_PAGE_SIZE });
    for (const row of rows) {
      const view = await reportViewOf(index, row, source, script, computed);
      if (view && view.total > 0) yield view;
    }
    if (rows.length < REPORT_PAGE_SIZE) return;
  }
}

/** A report document: from its notes rows, or from the whole document when its notes must be computed. */
async function reportViewOf(
  index: IndexDatabase,
  row: ReportDocumentRow,
  source: GlossarySource,
  script: Script,
  computed: boolean,
): Promise<ReportDocumentView | undefined> {
  if (computed) {
    const doc = await indexedDocument(index, row.slug);
    return doc && checklistViewOf(doc, source, script);
  }
  const notes = await indexedNotes(index, row.slug);
  const reviewed = await reviewedNotes(index, row.slug, notes, readDecisions());
  const byNote = new Map(notes.map((note, i) => [note, reviewed[i]] as const));
  return documentViewOf(row.slug, row.meta, notes, source, script, (note) => ({
    status: byNote.get(note)?.status ?? 'open',
    decision: byNote.get(note)?.decision ?? null,
    extra: {},
  }));
}

const termOfNote = (note: CheckNote) => (note.kind === 'number-mismatch' ? note.text : note.term);

/**
 * The review of a document's notes, read from the notes alone: a decision on one occurrence names the sentence it
 * stands in, so only a document such a decision may reach is read whole (see lib/review findingTarget).
 */
async function reviewedNotes(
  index: IndexDatabase,
  slug: string,
  notes: readonly CheckNote[],
  decisions: readonly ReviewDecision[],
): Promise<Array<Pick<ReviewedFinding, 'status' | 'decision'>>> {
  const mine = decisions.filter((d) => d.scope === 'term' || d.target.slug === slug);
  const terms = new Set(notes.map(termOfNote));
  if (mine.some((d) => d.scope === 'occurrence' && terms.has(d.target.term))) {
    const doc = await indexedDocument(index, slug);
    if (doc) return reviewFindings(notes, doc, mine);
  }
  const reaching = mine.filter((d) => d.scope !== 'occurrence');
  return notes.map((note) => {
    const isNumber = note.kind === 'number-mismatch';
    // No decision left here names a sentence: the context can stay empty.
    const target: FindingTarget = {
      kind: note.kind,
      term: termOfNote(note),
      rendering: isNumber || note.rendering === null ? null : normalizeRendering(note.rendering),
      slug,
      context: '',
    };
    const decision = decisionFor(target, reaching);
    return { status: decision?.status ?? 'open', decision };
  });
}

/** Library-wide decided counts per decisions read (a new array when the file changes), for one library version. */
const decidedCache = new WeakMap<readonly ReviewDecision[], { version: string; byTranslation: Map<string, number> }>();

/**
 * How many findings of the library (of `translation`) a decision reaches, counted from the notes' kinds, terms and
 * renderings in the database; a document an occurrence decision may reach is reviewed note by note. Kept until the
 * decisions or the library change.
 */
async function decidedCount(index: IndexDatabase, translation: TranslationKind | undefined): Promise<number> {
  const decisions = readDecisions();
  const version = await libraryVersion(index);
  let cached = decidedCache.get(decisions);
  if (cached?.version !== version) decidedCache.set(decisions, (cached = { version, byTranslation: new Map() }));
  const key = translation ?? '';
  const known = cached.byTranslation.get(key);
  if (known !== undefined) return known;
  const bySentence = new Set(decisions.filter((d) => d.scope === 'occurrence').map((d) => d.target.slug));
  const reaching = decisions.filter((d) => d.scope !== 'occurrence');
  let decided = 0;
  for (const tally of await noteTally(
    index,
    decisions.map((d) => d.target.term),
    translation,
  )) {
    if (bySentence.has(tally.slug)) continue;
    const rendering = tally.kind === 'number-mismatch' || tally.rendering === null ? null : normalizeRendering(tally.rendering);
    const decision = decisionFor({ kind: tally.kind, term: tally.term, rendering, slug: tally.slug, context: '' }, reaching);
    if (decision && decision.status !== 'open') decided += tally.count;
  }
  const slugs = [...bySentence];
  for (const row of await reportDocuments(index, { translation, withNotes: true, offset: 0, limit: slugs.length, slugs })) {
    const reviewed = await reviewedNotes(index, row.slug, await indexedNotes(index, row.slug), decisions);
    decided += reviewed.filter((review) => review.status !== 'open').length;
  }
  cached.byTranslation.set(key, decided);
  return decided;
}

function checklistViewOf(doc: IndexedDocument, source: GlossarySource, script: Script): ChecklistView {
  const { slug } = doc.meta;
  const notes = documentNotes(doc, chosenGlossary(source));
  const reviewed = reviewFindings(notes, doc, readDecisions());
  const findings = new Map(notes.map((note, i) => [note, reviewed[i]] as const));
  return documentViewOf(slug, doc.meta, notes, source, script, (note) => {
    const finding = findings.get(note);
    return {
      status: finding?.status ?? 'open',
      decision: finding?.decision ?? null,
      extra: { target: finding?.target ?? { kind: note.kind, term: '', rendering: null, slug, context: '' } },
    };
  });
}

/** A document's checklist view; `review` says each note's status and decision, and what else its view carries. */
function documentViewOf<Extra extends object>(
  slug: string,
  meta: DocumentMeta,
  notes: readonly CheckNote[],
  source: GlossarySource,
  script: Script,
  review: (note: CheckNote) => { status: ReviewStatus; decision: ReviewDecision | null; extra: Extra },
): Omit<ChecklistView, 'items'> & { items: Array<Omit<ChecklistItemView, 'notes'> & { notes: Array<ReportNoteView & Extra> }> } {
  const checklist = checklistFor(slug, notes);
  const shown = (text: string) => convertText(text, script);
  return {
    slug,
    title: { zh: meta.title.zh ? shown(meta.title.zh) : undefined, en: meta.title.en },
    translation: meta.translation,
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
      notes: item.notes.map((note) => {
        const { status, decision, extra } = review(note);
        return {
          id: noteId(note),
          bead: note.bead + 1,
          href: readHref(slug, note.bead + 1),
          message: shown(note.message),
          status,
          decision: decision
            ? { scope: decision.scope, status: decision.status, reason: decision.reason, reviewer: decision.reviewer, at: decision.at }
            : null,
          ...extra,
        };
      }),
    })),
  };
}
