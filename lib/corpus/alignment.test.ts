import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignDocument } from '../bitext';
import { CorpusError, formatAlignment, loadDocument, parseAlignment } from './index';

const FILE = 'corpus/x/alignment.tsv';
const COUNTS = { zh: 3, en: 3 };

/** The message of the CorpusError that reading `tsv` throws. */
function problemOf(tsv: string, counts = COUNTS): string {
  try {
    parseAlignment(tsv, counts, FILE);
  } catch (error) {
    expect(error, 'a CorpusError').toBeInstanceOf(CorpusError);
    return (error as CorpusError).message;
  }
  throw new Error('no error thrown');
}

describe('alignment.tsv validator', () => {
  it('reads beads of two columns, as every file before the origin column, as checked by a person and certain', () => {
    expect(parseAlignment('# hand-checked\n0,1\t0\n\n2\t1,2\n', COUNTS, FILE)).toEqual([
      { zh: [0, 1], en: [0], confidence: 1, origin: 'person' },
      { zh: [2], en: [1, 2], confidence: 1, origin: 'person' },
    ]);
  });

  it('reads each row\'s origin from the third column, and writes it back', () => {
    const beads = parseAlignment('0\t0\tfile\n1\t1\tperson\n2\t2\n', COUNTS, FILE);
    expect(beads.map((b) => b.origin)).toEqual(['file', 'person', 'person']);
    expect(parseAlignment(formatAlignment(beads), COUNTS, FILE)).toEqual(beads);
  });

  it('names the line of an origin that is neither', () => {
    expect(problemOf('0\t0\tfile\n1\t1\tchecked\n2\t2\n')).toBe(`${FILE} (line 2): origin "checked" is neither "file" nor "person"`);
    expect(problemOf('0\t0\tfile\tmore\n')).toBe(`${FILE} (line 1): expected 2 or 3 tab-separated fields, found 4`);
  });

  it('accepts a paragraph without counterpart', () => {
    expect(parseAlignment('0\t0\n\t1\n1,2\t2\n', COUNTS, FILE).map((b) => b.zh)).toEqual([[0], [], [1, 2]]);
  });

  it('names the line of a paragraph that appears twice', () => {
    expect(problemOf('# c\n0\t0\n1\t1\n2\t1,2\n')).toBe(`${FILE} (line 4): paragraph 1 of the English appears twice (first on line 3)`);
  });

  it('names the line where a paragraph is skipped', () => {
    expect(problemOf('0\t0\n2\t1,2\n')).toBe(`${FILE} (line 2): paragraph 1 of the Chinese is missing or out of order (found 2 where 1 comes next)`);
  });

  it('refuses beads out of order', () => {
    expect(problemOf('0\t0\n1\t2\n2\t1\n')).toBe(`${FILE} (line 2): paragraph 1 of the English is missing or out of order (found 2 where 1 comes next)`);
  });

  it('refuses a paragraph that does not exist', () => {
    expect(problemOf('0\t0\n1\t1\n2\t2,3\n')).toBe(`${FILE} (line 3): paragraph 3 of the English does not exist (the English has 3, numbered from 0)`);
  });

  it('names the last bead when paragraphs at the end are not covered', () => {
    expect(problemOf('0\t0\n1\t1\n2\t\n')).toBe(`${FILE}: paragraph 2 of the English is missing (the last bead is on line 3)`);
  });

  it('refuses an empty file', () => {
    expect(problemOf('# nothing yet\n')).toBe(`${FILE}: paragraph 0 of the Chinese is missing (the file has no beads)`);
  });

  it('refuses an empty bead with its line', () => {
    expect(problemOf('0\t0\n\t\n1,2\t1,2\n')).toBe(`${FILE} (line 2): bead has no paragraphs on either side`);
  });

  it('names the line of a malformed bead', () => {
    expect(problemOf('0\t0\n1;2\t1,2\n')).toBe(`${FILE} (line 2): zh index "1;2" is not a non-negative integer`);
  });
});

describe('a document folder with alignment.tsv', () => {
  let root: string;
  const slug = 'qiushi-2024-14-self-confidence';
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'qp-alignment-'));
    cpSync(`corpus/${slug}`, path.join(root, slug), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads the hand alignment and alignDocument uses it as given', () => {
    const plain = loadDocument(path.join(root, slug));
    const zh = plain.zh?.length ?? 0;
    const en = plain.en?.length ?? 0;
    // One bead of everything: nothing the aligner would produce, so its use is visible.
    const all = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
    writeFileSync(path.join(root, slug, 'alignment.tsv'), `${all(zh)}\t${all(en)}\n`);
    const doc = loadDocument(path.join(root, slug));
    expect(doc.alignment).toHaveLength(1);
    expect(alignDocument(doc).beads).toEqual([{ zh: [...Array(zh).keys()], en: [...Array(en).keys()], confidence: 1, origin: 'person' }]);
  });

  it('refuses a file that does not cover the document, naming it', () => {
    const file = path.join(root, slug, 'alignment.tsv');
    writeFileSync(file, '0\t0\n');
    expect(() => loadDocument(path.join(root, slug))).toThrow(`${file}: paragraph 1 of the Chinese is missing (the last bead is on line 1)`);
  });

  it('refuses an alignment in a one-language document', () => {
    const dir = path.join(root, 'cyber-rule-of-law-thirty-years');
    cpSync('corpus/cyber-rule-of-law-thirty-years', dir, { recursive: true });
    writeFileSync(path.join(dir, 'alignment.tsv'), '\t0\n');
    expect(() => loadDocument(dir)).toThrow(`${path.join(dir, 'alignment.tsv')}: an alignment needs both zh.txt and en.txt`);
  });
});
