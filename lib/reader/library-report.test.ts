import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDocument } from '../../tests/unit/corpus-index';
import { openTempIndex } from '../../tests/unit/temp-index';
import { analyzeDocument } from '../analysis';
import type { CorpusDocument, TranslationKind } from '../corpus';
import type { IndexDatabase } from '../db';
import { notesCsv } from '../export';
import { bilingualDocumentsOf, writeDocument } from '../store';
import { getLibraryReport } from './notes';

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
    const whole = await getLibraryReport(index, 'project', 'hans');
    const official = await getLibraryReport(index, 'project', 'hans', 'official');
    expect(official.documents.map((d) => [d.slug, d.translation.kind])).toEqual([[OTHER, 'official']]);
    const findings = (report: typeof whole) => report.documents.flatMap((d) => d.items.flatMap((i) => i.notes));
    expect(official.open + official.decided).toBe(findings(official).length);
    expect(findings(official).length).toBe(findings(whole).filter((n) => n.href.startsWith(`/read/${OTHER}#`)).length);
    expect(whole.open + whole.decided).toBeGreaterThan(official.open + official.decided);
  });
});
