import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDocument } from '../../tests/unit/corpus-index';
import { openTempIndex } from '../../tests/unit/temp-index';
import { analyzeDocument, type DocumentAnalysis } from '../analysis';
import type { CorpusDocument, TranslationKind } from '../corpus';
import type { IndexDatabase } from '../db';
import { notesCsv } from '../export';
import { noteId, type TermNote } from '../terms';
import { findingTarget, readDecisions, recordDecisions, reviewFindings } from '../review';
import { bilingualDocumentsOf, indexedDocument, writeDocument } from '../store';
import { getLibraryReport, libraryReportDocuments, REPORT_PAGE_SIZE, type ReportDocumentView } from './notes';

// Two bilingual essays and an English-only document, the second essay given out as an official translation, so the
// library holds two kinds of translation among its bilingual documents (the corpus's are all machine translations).
const ESSAY = 'qiushi-2024-14-cyber-law';
const OTHER = 'qiushi-2024-14-self-confidence';
const ENGLISH_ONLY = 'network-governance-rule-of-law-2024-10';

function asKind(doc: CorpusDocument, kind: TranslationKind): CorpusDocument {
  return { ...doc, meta: { ...doc.meta, translation: { ...doc.meta.translation, kind } } };
}

let dir: string;
let index: IndexDatabase;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'qp-report-'));
  index = await openTempIndex(dir);
  const docs = [corpusDocument(ESSAY), asKind(corpusDocument(OTHER), 'official'), asKind(corpusDocument(ENGLISH_ONLY), 'official')];
  for (const doc of docs) await writeDocument(index, doc.meta.slug, '1', analyzeDocument(doc));
});
afterAll(async () => {
  await index.close();
  rmSync(dir, { recursive: true, force: true });
});

async function reportOf(on: IndexDatabase, translation: TranslationKind | undefined, page: number) {
  const report = await getLibraryReport(on, 'project', 'hans', translation, page);
  if (!report) throw new Error(`no page ${page} of the report`);
  return report;
}

const findingsOf = (views: readonly ReportDocumentView[]) => views.flatMap((d) => d.items.flatMap((i) => i.notes));

const slugsOf = async (kind?: TranslationKind) => {
  const slugs: string[] = [];
  for await (const doc of bilingualDocumentsOf(index, kind)) slugs.push(doc.meta.slug);
  return slugs;
};

describe('notes and the review report restricted to one kind of translation', () => {
  it('reads the bilingual documents of one kind only, every bilingual one without a kind', async () => {
    expect(await slugsOf('official')).toEqual([OTHER]);
    expect(await slugsOf('machine')).toEqual([ESSAY]);
    expect(await slugsOf('publisher')).toEqual([]);
    expect((await slugsOf()).sort()).toEqual([ESSAY, OTHER].sort());
  });

  it('writes the notes CSV of that kind of translation only, the same rows as the whole export has for those documents', async () => {
    const rowsOf = async (kind?: TranslationKind) => {
      let csv = '';
      for await (const chunk of notesCsv(index, undefined, kind)) csv += chunk;
      return csv.split('\r\n').slice(1, -1);
    };
    const all = await rowsOf();
    const official = await rowsOf('official');
    const machine = await rowsOf('machine');
    expect(official.length).toBeGreaterThan(0);
    expect(machine.length).toBeGreaterThan(0);
    expect(official.every((row) => row.startsWith(`${OTHER},`))).toBe(true);
    expect(machine.every((row) => row.startsWith(`${ESSAY},`))).toBe(true);
    expect([...machine, ...official].sort()).toEqual([...all].sort());
  });

  it('reports each document of that kind with its findings and their review', async () => {
    const whole = await reportOf(index, undefined, 1);
    const official = await reportOf(index, 'official', 1);
    expect(official.documents.map((d) => [d.slug, d.translation.kind])).toEqual([[OTHER, 'official']]);
    expect(official.open + official.decided).toBe(findingsOf(official.documents).length);
    expect(findingsOf(official.documents).length).toBe(
      findingsOf(whole.documents).filter((n) => n.href.startsWith(`/read/${OTHER}#`)).length,
    );
    expect(whole.open + whole.decided).toBeGreaterThan(official.open + official.decided);
  });
});

// More documents than a page holds: the essay's analysis under new slugs and dates (analysing each copy again would
// find the same notes), a few of them official translations, with decisions of every scope.
describe('the review report a page at a time', () => {
  const COPIES = REPORT_PAGE_SIZE + 5;
  const saved = process.env.QP_CORPUS;
  let library: string;
  let paged: IndexDatabase;
  const slugs: string[] = [];
  const kindOf = (i: number): TranslationKind => (i % 4 === 0 ? 'official' : 'machine');
  beforeAll(async () => {
    library = mkdtempSync(path.join(tmpdir(), 'qp-report-pages-'));
    process.env.QP_CORPUS = library;
    paged = await openTempIndex(library);
    const analysis = analyzeDocument(corpusDocument(ESSAY));
    for (let i = 0; i < COPIES; i++) {
      const slug = `${ESSAY}-copy-${String(i).padStart(2, '0')}`;
      const copy = JSON.parse(JSON.stringify(analysis).replaceAll(`"${ESSAY}"`, `"${slug}"`)) as DocumentAnalysis;
      copy.meta = {
        ...copy.meta,
        date: `2020-01-${String(i + 1).padStart(2, '0')}`,
        translation: { ...copy.meta.translation, kind: kindOf(i) },
      };
      await writeDocument(paged, slug, '1', copy);
      slugs.push(slug);
    }
    const termNotes = analysis.notes.filter((n): n is TermNote => n.kind !== 'number-mismatch');
    const first = termNotes[0];
    if (!first) throw new Error('the essay has no term note');
    const docOf = async (slug: string) => {
      const doc = await indexedDocument(paged, slug);
      if (!doc) throw new Error(`${slug} is not indexed`);
      return doc;
    };
    // A term decision reaching every copy, a document decision on another term in one copy, an occurrence decision
    // in a copy on the second page (its sentence must be read to match).
    const other = termNotes.find((n) => n.term !== first.term) ?? first;
    const targetIn = async (slug: string, note: TermNote) => findingTarget({ ...note, slug }, await docOf(slug));
    recordDecisions({ scope: 'term', status: 'accepted-variant', targets: [await targetIn(slugs[0]!, first)] });
    recordDecisions({ scope: 'document', status: 'false-positive', targets: [await targetIn(slugs[3]!, other)] });
    recordDecisions({ scope: 'occurrence', status: 'fixed', targets: [await targetIn(slugs[COPIES - 1]!, other)] });
  });
  afterAll(async () => {
    process.env.QP_CORPUS = saved;
    await paged.close();
    rmSync(library, { recursive: true, force: true });
  });

  it('splits the documents into pages whose findings add up to the library-wide counts', async () => {
    const one = await reportOf(paged, undefined, 1);
    const two = await reportOf(paged, undefined, 2);
    expect([one.pages, two.pages]).toEqual([2, 2]);
    expect(await getLibraryReport(paged, 'project', 'hans', undefined, 3)).toBeUndefined();
    expect(one.documents).toHaveLength(REPORT_PAGE_SIZE);
    expect([...one.documents, ...two.documents].map((d) => d.slug)).toEqual(slugs);
    const findings = findingsOf([...one.documents, ...two.documents]);
    const decided = findings.filter((n) => n.status !== 'open').length;
    expect(decided).toBeGreaterThan(COPIES);
    for (const page of [one, two]) {
      expect(page.documentCount).toBe(COPIES);
      expect([page.open, page.decided]).toEqual([findings.length - decided, decided]);
    }
    // The same statuses as reviewing each whole document.
    let reference = 0;
    for (const slug of slugs) {
      const doc = await indexedDocument(paged, slug);
      if (doc) reference += reviewFindings(doc.notes, doc, readDecisions()).filter((f) => f.status !== 'open').length;
    }
    expect(decided).toBe(reference);
    expect(findings.filter((n) => n.status === 'fixed').length).toBeGreaterThan(0);
  });

  it('keeps one kind of translation across pages, and streams the same documents page after page', async () => {
    const official = await reportOf(paged, 'official', 1);
    expect(official.pages).toBe(1);
    expect(official.documents.map((d) => d.slug)).toEqual(slugs.filter((_, i) => kindOf(i) === 'official'));
    const streamed: ReportDocumentView[] = [];
    for await (const view of libraryReportDocuments(paged, 'project', 'hans')) streamed.push(view);
    const pages = [...(await reportOf(paged, undefined, 1)).documents, ...(await reportOf(paged, undefined, 2)).documents];
    expect(streamed).toEqual(pages);
  });

  it('counts a new decision at once', async () => {
    const before = await reportOf(paged, undefined, 2);
    const open = findingsOf(before.documents).find((n) => n.status === 'open');
    const doc = await indexedDocument(paged, before.documents[0]?.slug ?? '');
    const note = doc?.notes.find((n) => noteId(n) === open?.id);
    if (!doc || !note) throw new Error('no open finding on page 2');
    recordDecisions({ scope: 'document', status: 'fixed', targets: [findingTarget(note, doc)] });
    const after = await reportOf(paged, undefined, 1);
    expect(after.decided).toBeGreaterThan(before.decided);
    expect(after.open + after.decided).toBe(before.open + before.decided);
  });
});
