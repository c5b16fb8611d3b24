import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError, folderVersion, formatUnits, loadDocument, unitIdsOf } from './index';
import { parseUnits } from './units';

const FILE = 'corpus/x/units.tsv';
const COUNTS = { zh: 3, en: 2 };

function problemOf(tsv: string): string {
  try {
    parseUnits(tsv, COUNTS, FILE);
  } catch (error) {
    expect(error, 'a CorpusError').toBeInstanceOf(CorpusError);
    return (error as CorpusError).message;
  }
  throw new Error('no error thrown');
}

describe('units.tsv', () => {
  it('reads back what it writes, ids with tabs, line ends and backslashes included', () => {
    const units = [
      { zh: [0], en: [0], id: 'tu\t1' },
      { zh: [1], en: [], id: 'a\\b\nc' },
      { zh: [2], en: [1], id: '#3' },
    ];
    const tsv = formatUnits(units);
    expect(tsv.split('\n').slice(1)).toEqual(['0\t0\ttu\\t1', '1\t\ta\\\\b\\nc', '2\t1\t#3', '']);
    expect(parseUnits(tsv, COUNTS, FILE)).toEqual(units);
  });

  it('allows paragraphs that belong to no unit (added by hand), but not out of order, twice or beyond the text', () => {
    expect(parseUnits('0\t0\ta\n2\t\tb\n', COUNTS, FILE).map((u) => u.id)).toEqual(['a', 'b']);
    expect(problemOf('1\t0\ta\n0\t1\tb\n')).toBe(`${FILE} (line 2): paragraph 0 of the Chinese comes after paragraph 1`);
    expect(problemOf('0\t0\ta\n1\t0\tb\n')).toBe(`${FILE} (line 2): paragraph 0 of the English comes after paragraph 0`);
    expect(problemOf('0\t2\ta\n')).toBe(`${FILE} (line 1): paragraph 2 of the English does not exist (the English has 2, numbered from 0)`);
    expect(problemOf('# c\n0\t0\n')).toBe(`${FILE} (line 2): the unit id (third column) is missing`);
  });

  it("names the units whose paragraphs a bead holds, in the file's order", () => {
    const units = parseUnits('0\t0\ta\n1\t\tb\n2\t1\tc\n', COUNTS, FILE);
    expect(unitIdsOf(units, { zh: [1, 2], en: [1] })).toEqual(['b', 'c']);
    expect(unitIdsOf(units, { zh: [], en: [0] })).toEqual(['a']);
    expect(unitIdsOf(undefined, { zh: [0], en: [0] })).toEqual([]);
  });
});

describe('a document folder with units.tsv', () => {
  let root: string;
  const slug = 'qiushi-2024-14-contents';
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'qp-units-'));
    cpSync(`corpus/${slug}`, path.join(root, slug), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads the units, and its change is a new version of the document', () => {
    const dir = path.join(root, slug);
    const before = folderVersion(dir);
    writeFileSync(path.join(dir, 'units.tsv'), '0\t0\tfirst\n');
    expect(loadDocument(dir).units).toEqual([{ zh: [0], en: [0], id: 'first' }]);
    expect(folderVersion(dir)).not.toBe(before);
  });

  it('refuses a units.tsv that does not fit the text, naming it', () => {
    const dir = path.join(root, slug);
    writeFileSync(path.join(dir, 'units.tsv'), '0\t999\tx\n');
    expect(() => loadDocument(dir)).toThrow(`${path.join(dir, 'units.tsv')} (line 1): paragraph 999 of the English does not exist`);
  });
});
