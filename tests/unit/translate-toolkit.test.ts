/**
 * A real client on both sides of the project's bilingual files: Debian's translate-toolkit writes the files
 * the import reads (po2xliff, po2tmx, from a PO of a dev text) and reads every export back with its own
 * readers. CI installs the Toolkit (.ci/run) and these tests must run there; elsewhere they skip, saying why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beadText } from '../../lib/bitext';
import { corpusDirs, splitParagraphs } from '../../lib/corpus';
import type { IndexDatabase } from '../../lib/db';
import { openTempIndex } from './temp-index';
import { toSentenceTmx, toTbx, toTmx, type ExportStream } from '../../lib/export';
import { syncLibrary } from '../../lib/indexer';
import { bilingualDocuments, indexedDocument, type IndexedDocument } from '../../lib/store';
import { getGlossary } from '../../lib/glossary';
import { importDocument, parseBitext, readInputFile, type Bitext } from '../../lib/import';
import { getReadingView } from '../../lib/reader';
import {
  DEV_TEXT,
  PRODUCED,
  PYTHON,
  makeProducerFiles,
  missingToolkitCommands,
  toolkitVersion,
  type ProducedFile,
} from '../fixtures/import/toolkit/make';

const TOOLKIT = path.join('tests', 'fixtures', 'import', 'toolkit');
const missing = missingToolkitCommands();
if (missing.length > 0 && process.env.CI) {
  throw new Error(`translate-toolkit is missing (${missing.join(', ')}): .ci/run installs it, and CI must run these tests`);
}
if (missing.length > 0) {
  console.warn(`Translate Toolkit tests skipped: ${missing.join(', ')} not found (apt-get install -y translate-toolkit)`);
}

interface ToolkitUnit {
  id: string;
  element_id: string | null;
  header: boolean;
  source: string;
  target: string;
  props: Array<[string, string]>;
}

/** A file's units as the Toolkit's own reader for its kind gives them. */
function readWithToolkit(kind: 'tmx' | 'tbx' | 'xliff', file: string): ToolkitUnit[] {
  const json = execFileSync(PYTHON, [path.join(TOOLKIT, 'read_with_toolkit.py'), kind, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json) as ToolkitUnit[];
}

/** What a Bitext holds, warnings named without the folder they were read from. */
const contentOf = (bitext: Bitext) => ({ ...bitext, warnings: bitext.warnings.map((w) => w.slice(w.indexOf(': ') + 2)) });

describe.skipIf(missing.length > 0)('files the installed Translate Toolkit writes, imported', () => {
  let dir: string;
  let files: Record<ProducedFile, string>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qp-toolkit-'));
    files = await makeProducerFiles(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const bilingualFiles = (Object.keys(PRODUCED) as ProducedFile[]).filter((name) => !name.endsWith('.po'));

  it(`reads what Translate Toolkit ${missing.length > 0 ? '' : toolkitVersion()} writes today as it reads the committed copies`, () => {
    for (const name of bilingualFiles) {
      const live = parseBitext(readInputFile(files[name], 'bitext'));
      const committed = parseBitext(readInputFile(path.join(TOOLKIT, name), 'bitext'));
      expect(contentOf(live), name).toEqual(contentOf(committed));
    }
  });

  it('gives every paragraph of the dev text, and the file its units came from maps back to them by id', () => {
    const zh = splitParagraphs(readFileSync(path.join(DEV_TEXT, 'zh.txt'), 'utf8'));
    const en = splitParagraphs(readFileSync(path.join(DEV_TEXT, 'en.txt'), 'utf8'));
    for (const name of ['forum.po2xliff.xlf', 'forum.po2xliff-languages.xlf'] as const) {
      const bitext = parseBitext(readInputFile(files[name], 'bitext'));
      expect([bitext.zh, bitext.en], name).toEqual([zh, en]);
      const byId = new Map(readWithToolkit('xliff', files[name]).map((unit) => [unit.element_id, unit]));
      for (const unit of bitext.units) {
        const source = byId.get(unit.id);
        expect(source?.header, `${name} unit ${unit.id}`).toBe(false);
        expect([source?.source, source?.target]).toEqual([bitext.zh[unit.zh[0] ?? -1], bitext.en[unit.en[0] ?? -1]]);
      }
    }
  });
});

describe.skipIf(missing.length > 0)('the exports, read back by the Translate Toolkit', () => {
  let dir: string;
  const saved = process.env.QP_CORPUS;
  let imported: string;
  let index: IndexDatabase;
  let documents: IndexedDocument[];
  const exported = async (name: string, build: (index: IndexDatabase) => ExportStream) => {
    let content = '';
    for await (const chunk of build(index)) content += chunk;
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const viewOf = async (slug: string) => (await getReadingView(index, slug))?.rows ?? [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'qp-toolkit-exports-'));
    // The project's corpus, and a library holding a document imported from a po2xliff file.
    process.env.QP_CORPUS = [path.join(dir, 'library'), 'corpus'].join(path.delimiter);
    ({ slug: imported } = await importDocument({
      bitext: readInputFile(path.join(TOOLKIT, 'forum.po2xliff.xlf'), 'bitext'),
      title: 'Forum',
    }));
    index = await openTempIndex(dir);
    await syncLibrary(index, corpusDirs());
    documents = [];
    for await (const doc of bilingualDocuments(index)) documents.push(doc);
  }, 120_000);
  afterAll(async () => {
    process.env.QP_CORPUS = saved;
    await index.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('corpus.tmx: one unit per row with both sides, its text the row as the reader shows it, and the imported units mapped back', async () => {
    const units = readWithToolkit('tmx', await exported('corpus.tmx', toTmx));
    const views = await Promise.all(documents.map(async (doc) => ({ doc, rows: await viewOf(doc.meta.slug) })));
    const rows = views.flatMap(({ doc, rows: shown }) =>
      shown
        .filter((row) => row.zh.length > 0 && row.en.length > 0)
        .map((row) => ({
          id: `${doc.meta.slug}#${row.number}`,
          source: beadText(
            row.zh.map((p) => p.text),
            row.zh.map((_, k) => k),
          ),
          target: beadText(
            row.en.map((p) => p.text),
            row.en.map((_, k) => k),
          ),
        })),
    );
    expect(units.length).toBeGreaterThan(100);
    expect(units.map(({ id, source, target }) => ({ id, source, target }))).toEqual(rows);
    const mine = units.filter((unit) => unit.props.some(([type, value]) => type === 'x-slug' && value === imported));
    const sourceIds = mine.flatMap((unit) => unit.props.filter(([type]) => type === 'x-source-id').map(([, value]) => value));
    expect(sourceIds).toEqual((await indexedDocument(index, imported))?.units.map((u) => u.id));
    expect(sourceIds).toEqual(['3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('corpus-sentences.tmx: one unit per sentence pair with both sides, each sentence within the row the reader shows', async () => {
    const units = readWithToolkit('tmx', await exported('corpus-sentences.tmx', toSentenceTmx));
    const pairs = documents.flatMap((doc) =>
      doc.sentences.flatMap((beads, index) =>
        beads.filter((pair) => pair.zh.length > 0 && pair.en.length > 0).map((pair) => ({ slug: doc.meta.slug, bead: index + 1, pair })),
      ),
    );
    expect(units).toHaveLength(pairs.length);
    const views = new Map(await Promise.all(documents.map(async (doc) => [doc.meta.slug, await viewOf(doc.meta.slug)] as const)));
    units.forEach((unit, k) => {
      const { slug, bead, pair } = pairs[k]!;
      const row = views.get(slug)?.[bead - 1];
      expect(unit.source).toBe(pair.zh.map((s) => s.text).join(''));
      expect(unit.target).toBe(pair.en.map((s) => s.text).join(' '));
      for (const sentence of pair.zh) expect(row?.zh.map((p) => p.text).join('')).toContain(sentence.text);
      for (const sentence of pair.en) expect(row?.en.map((p) => p.text).join(' ')).toContain(sentence.text);
    });
    const doc = await indexedDocument(index, imported);
    const mine = units.filter((unit) => unit.props.some(([type, value]) => type === 'x-slug' && value === imported));
    expect(mine.length).toBeGreaterThanOrEqual(doc!.beads.length);
    for (const unit of mine) expect(unit.props.filter(([type]) => type === 'x-source-id')).toHaveLength(1);
  });

  it('glossary.tbx: one unit per glossary entry, the term and its recommended rendering', async () => {
    const units = readWithToolkit('tbx', await exported('glossary.tbx', toTbx));
    expect(units.map(({ source, target }) => ({ source, target }))).toEqual(
      getGlossary().map((e) => ({ source: e.term, target: e.recommended })),
    );
  });
});
