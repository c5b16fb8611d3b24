import { isUtf8 } from 'node:buffer';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, loadCorpusFrom, loadDocument, readMeta, readTextFile } from './index';
import { splitParagraphs } from './paragraphs';
import { TRANSLATION_KINDS, UNKNOWN_TRANSLATION, type DocumentMeta } from './types';

/** Runs of each property that writes files (each run costs file-system work). */
const NUM_FS_RUNS = 200;

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'corpus-load-test-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

let dirCount = 0;
/** A fresh, empty directory under the test's temporary root. */
function freshDir(): string {
  dirCount += 1;
  const dir = path.join(tmpRoot, `case-${dirCount}`);
  mkdirSync(dir);
  return dir;
}

const validMeta = (slug: string): DocumentMeta => ({
  slug,
  title: { en: 'Promoting the construction of a cyber power with good laws and good governance' },
  author: { en: 'Wang Jiang' },
  publication: 'Red Flag Manuscript (Hongqi Wengao) 2024, no. 16',
  date: '2024-08-25',
  source: 'Test document',
  languages: ['en'],
  translation: { by: 'Outlook New Era (lwxsd.com)', kind: 'publisher' },
});

type FileContent = string | Uint8Array | object;

/** Writes a document folder named `folder` inside `root`; objects are written as JSON. */
function writeDoc(root: string, folder: string, files: Record<string, FileContent>): string {
  const dir = path.join(root, folder);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content);
    writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

/** Writes `meta.json` alone in a fresh folder and returns its path. */
function writeMeta(content: FileContent): string {
  return path.join(writeDoc(freshDir(), 'doc', { 'meta.json': content }), 'meta.json');
}

/** The CorpusError `fn` throws; fails the test if it throws anything else or nothing. */
function corpusErrorOf(fn: () => unknown): CorpusError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError, but nothing was thrown');
}

function isCalendarDate(text: string): boolean {
  if (!DATE_SHAPE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const arbitrarySlug = fc.stringMatching(SLUG_PATTERN).filter((slug) => slug.length <= 60);
const arbitraryText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const arbitraryIsoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const arbitraryMeta: fc.Arbitrary<DocumentMeta> = fc.record({
  slug: arbitrarySlug,
  title: fc.record({ zh: arbitraryText, en: arbitraryText }, { requiredKeys: ['en'] }),
  author: fc.record({ zh: arbitraryText, en: arbitraryText }, { requiredKeys: [] }),
  publication: arbitraryText,
  date: arbitraryIsoDate,
  source: arbitraryText,
  languages: fc.subarray<'zh' | 'en'>(['zh', 'en'], { minLength: 1 }),
  translation: fc.record(
    { by: arbitraryText.map((by) => by.trim()).filter((by) => by !== ''), kind: fc.constantFrom(...TRANSLATION_KINDS), note: arbitraryText },
    { requiredKeys: ['by', 'kind'] },
  ),
});

describe('readMeta', () => {
  it('returns a valid meta.json exactly', () => {
    const meta = { ...validMeta('doc'), title: { zh: '以良法善治', en: 'Good laws' }, languages: ['zh', 'en'] };
    expect(readMeta(writeMeta(meta))).toEqual(meta);
  });

  it('round-trips any valid meta', () => {
    const dir = freshDir();
    const file = path.join(dir, 'meta.json');
    fc.assert(
      fc.property(arbitraryMeta, (meta) => {
        writeFileSync(file, JSON.stringify(meta));
        expect(readMeta(file)).toEqual(meta);
      }),
      { numRuns: NUM_FS_RUNS },
    );
  });

  it('accepts a date exactly when it is a real calendar day in YYYY-MM-DD form', () => {
    const dir = freshDir();
    const file = path.join(dir, 'meta.json');
    const candidates = fc.oneof(arbitraryIsoDate, fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d$/), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(candidates, (date) => {
        writeFileSync(file, JSON.stringify({ ...validMeta('doc'), date }));
        if (isCalendarDate(date)) {
          expect(readMeta(file).date).toBe(date);
        } else {
          expect(corpusErrorOf(() => readMeta(file)).where).toBe('field "date"');
        }
      }),
      { numRuns: NUM_FS_RUNS },
    );
  });

  it('names the file when meta.json is missing', () => {
    const file = path.join(freshDir(), 'meta.json');
    const error = corpusErrorOf(() => readMeta(file));
    expect(error.file).toBe(file);
    expect(error.message).toBe(`${file}: file not found`);
  });

  it.each(['', '{', '{"slug": }', "{'slug': 'doc'}", '{"slug": "doc",}', 'undefined'])(
    'names the file when meta.json is not JSON: %j',
    (text) => {
      const file = writeMeta(text);
      const error = corpusErrorOf(() => readMeta(file));
      expect(error.file).toBe(file);
      expect(error.message.startsWith(`${file}: is not valid JSON (`)).toBe(true);
    },
  );

  it.each(['slug', 'title', 'author', 'publication', 'date', 'source', 'languages'] as const)(
    'names the file and the field when "%s" is missing',
    (field) => {
      const { [field]: _omitted, ...meta } = validMeta('doc');
      const file = writeMeta(meta);
      const error = corpusErrorOf(() => readMeta(file));
      expect(error.file).toBe(file);
      expect(error.where).toBe(`field "${field}"`);
      expect(error.message.startsWith(`${file} (field "${field}"): `)).toBe(true);
    },
  );

  it.each<[string, Record<string, unknown>, string]>([
    ['a slug with capitals and spaces', { slug: 'Not A Slug' }, 'slug'],
    ['an empty slug', { slug: '' }, 'slug'],
    ['a slug with a trailing hyphen', { slug: 'doc-' }, 'slug'],
    ['an empty English title', { title: { en: '' } }, 'title.en'],
    ['a title without English', { title: { zh: '标题' } }, 'title.en'],
    ['an empty Chinese author', { author: { zh: '' } }, 'author.zh'],
    ['a month 13', { date: '2024-13-01' }, 'date'],
    ['30 February', { date: '2024-02-30' }, 'date'],
    ['a date with a time', { date: '2024-07-16T00:00:00Z' }, 'date'],
    ['a date in words', { date: '16 July 2024' }, 'date'],
    ['a numeric date', { date: 20240716 }, 'date'],
    ['an empty publication', { publication: '' }, 'publication'],
    ['a numeric source', { source: 42 }, 'source'],
    ['no languages', { languages: [] }, 'languages'],
    ['an unknown language', { languages: ['en', 'fr'] }, 'languages.1'],
    ['languages as a string', { languages: 'en' }, 'languages'],
    ['an unknown kind of translation', { translation: { by: 'DeepL', kind: 'automatic' } }, 'translation.kind'],
    ['a translation without its maker', { translation: { kind: 'machine' } }, 'translation.by'],
    ['a blank translator', { translation: { by: '  ', kind: 'official' } }, 'translation.by'],
  ])('names the file and the field for %s', (_case, change, field) => {
    const file = writeMeta({ ...validMeta('doc'), ...change });
    const error = corpusErrorOf(() => readMeta(file));
    expect(error.file).toBe(file);
    expect(error.where).toBe(`field "${field}"`);
  });

  it('reads a meta.json that does not say whose translation it is as unknown', () => {
    const { translation: _omitted, ...meta } = validMeta('doc');
    expect(readMeta(writeMeta(meta)).translation).toEqual(UNKNOWN_TRANSLATION);
  });

  it('names the allowed kinds of translation when the kind is not one of them', () => {
    const file = writeMeta({ ...validMeta('doc'), translation: { by: 'DeepL', kind: 'automatic' } });
    expect(corpusErrorOf(() => readMeta(file)).message).toBe(
      `${file} (field "translation.kind"): must be one of official, publisher, professional, machine, unknown`,
    );
  });

  it('names an unknown field', () => {
    const file = writeMeta({ ...validMeta('doc'), licence: 'CC0' });
    const error = corpusErrorOf(() => readMeta(file));
    expect(error.file).toBe(file);
    expect(error.message).toContain('"licence"');
  });

  it.each([[[]], [null], ['doc'], [7]])('names the file when meta.json holds %j instead of an object', (json) => {
    const file = writeMeta(JSON.stringify(json));
    expect(corpusErrorOf(() => readMeta(file)).file).toBe(file);
  });

  it('reads a meta.json with a byte-order mark and CRLF line ends', () => {
    const meta = validMeta('doc');
    const file = writeMeta(`\uFEFF${JSON.stringify(meta, null, 2).replace(/\n/gu, '\r\n')}\r\n`);
    expect(readMeta(file)).toEqual(meta);
  });
});

describe('readTextFile', () => {
  it.each<[string, number[]]>([
    ['a stray continuation byte', [0x61, 0x80, 0x62]],
    ['a lone 0xFF', [0x61, 0xff]],
    ['a truncated 3-byte sequence', [0xe4, 0xb8]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['Latin-1 text', [0x63, 0x61, 0x66, 0xe9]],
  ])('names the file holding %s', (_case, bytes) => {
    const file = path.join(freshDir(), 'en.txt');
    writeFileSync(file, Uint8Array.from(bytes));
    const error = corpusErrorOf(() => readTextFile(file));
    expect(error.message).toBe(`${file}: is not valid UTF-8`);
  });

  it('decodes exactly the valid UTF-8 byte strings, dropping one leading byte-order mark', () => {
    const file = path.join(freshDir(), 'en.txt');
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xff }),
      fc.constantFrom(...BYTE_ORDER_MARK, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80),
    );
    const bytes = fc.oneof(
      fc.array(byte, { maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 12 }).map((text) => [...Buffer.from(`\uFEFF${text}`, 'utf8')]),
    );
    fc.assert(
      fc.property(bytes, (values) => {
        const data = Uint8Array.from(values);
        writeFileSync(file, data);
        if (isUtf8(data)) {
          const withoutMark = BYTE_ORDER_MARK.every((value, index) => data[index] === value) ? data.subarray(3) : data;
          expect(Buffer.from(readTextFile(file), 'utf8').equals(withoutMark)).toBe(true);
        } else {
          expect(corpusErrorOf(() => readTextFile(file)).message).toBe(`${file}: is not valid UTF-8`);
        }
      }),
      { numRuns: NUM_FS_RUNS },
    );
  });
});

describe('loadDocument', () => {
  it('loads an English-only document', () => {
    const dir = writeDoc(freshDir(), 'doc', {
      'meta.json': validMeta('doc'),
      'en.txt': 'promoting the construction of a cyber power\n\nauthor: wang jiang\n',
    });
    expect(loadDocument(dir)).toEqual({
      meta: validMeta('doc'),
      kind: 'english-only',
      zh: null,
      en: ['promoting the construction of a cyber power', 'author: wang jiang'],
    });
  });

  it('loads bilingual and Chinese-only documents', () => {
    const root = freshDir();
    const bilingual = writeDoc(root, 'both', {
      'meta.json': { ...validMeta('both'), languages: ['zh', 'en'] },
      'zh.txt': '目录\n',
      'en.txt': 'Table of Contents\n',
    });
    const chinese = writeDoc(root, 'zh-only', { 'meta.json': { ...validMeta('zh-only'), languages: ['zh'] }, 'zh.txt': '目录' });
    expect(loadDocument(bilingual)).toMatchObject({ kind: 'bilingual', zh: ['目录'], en: ['Table of Contents'] });
    expect(loadDocument(chinese)).toMatchObject({ kind: 'chinese-only', zh: ['目录'], en: null });
  });

  it('loads an en.txt with a byte-order mark and CRLF line ends', () => {
    const dir = writeDoc(freshDir(), 'doc', {
      'meta.json': validMeta('doc'),
      'en.txt': '\uFEFFTitle\r\n\r\nFirst line\r\nsecond line\r\n\r\n\u3000\r\nLast\r\n',
    });
    expect(loadDocument(dir).en).toEqual(['Title', 'First line\nsecond line', 'Last']);
  });

  it('names meta.json when it is missing', () => {
    const dir = writeDoc(freshDir(), 'doc', { 'en.txt': 'Text' });
    expect(corpusErrorOf(() => loadDocument(dir)).message).toBe(`${path.join(dir, 'meta.json')}: file not found`);
  });

  it('names the slug field when the slug does not match the folder', () => {
    const dir = writeDoc(freshDir(), 'folder-name', { 'meta.json': validMeta('other-name'), 'en.txt': 'Text' });
    const error = corpusErrorOf(() => loadDocument(dir));
    expect(error.file).toBe(path.join(dir, 'meta.json'));
    expect(error.where).toBe('field "slug"');
    expect(error.message).toContain('"other-name" does not match its folder "folder-name"');
  });

  it.each([[''], ['\n\n'], ['\uFEFF'], [' \r\n\u3000\r\n\u00a0\t']])('names en.txt when it holds no text: %j', (text) => {
    const dir = writeDoc(freshDir(), 'doc', { 'meta.json': validMeta('doc'), 'en.txt': text });
    expect(corpusErrorOf(() => loadDocument(dir)).message).toBe(`${path.join(dir, 'en.txt')}: holds no text`);
  });

  it('names en.txt when a listed language has no file', () => {
    const dir = writeDoc(freshDir(), 'doc', { 'meta.json': { ...validMeta('doc'), languages: ['zh', 'en'] }, 'zh.txt': '目录' });
    expect(corpusErrorOf(() => loadDocument(dir)).message).toBe(`${path.join(dir, 'en.txt')}: file not found`);
  });

  it('names the languages field when a text file exists for an unlisted language', () => {
    const dir = writeDoc(freshDir(), 'doc', { 'meta.json': validMeta('doc'), 'en.txt': 'Text', 'zh.txt': '目录' });
    const error = corpusErrorOf(() => loadDocument(dir));
    expect(error.file).toBe(path.join(dir, 'meta.json'));
    expect(error.where).toBe('field "languages"');
  });

  it('names en.txt when it is not valid UTF-8', () => {
    const dir = writeDoc(freshDir(), 'doc', {
      'meta.json': validMeta('doc'),
      'en.txt': Uint8Array.from([...Buffer.from('The rule of law\n\n'), 0xff, 0xfe, 0x0a]),
    });
    const error = corpusErrorOf(() => loadDocument(dir));
    expect(error.file).toBe(path.join(dir, 'en.txt'));
    expect(error.message).toBe(`${path.join(dir, 'en.txt')}: is not valid UTF-8`);
  });

  it('either loads en.txt as its paragraphs or names en.txt, for any bytes', () => {
    const root = freshDir();
    const meta = validMeta('doc');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 32 }),
      fc.string({ unit: 'binary', maxLength: 32 }).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
    );
    let run = 0;
    fc.assert(
      fc.property(bytes, (data) => {
        run += 1;
        const dir = writeDoc(root, `run-${run}`, { 'meta.json': { ...meta, slug: `run-${run}` }, 'en.txt': data });
        const enFile = path.join(dir, 'en.txt');
        const expected = isUtf8(data) ? splitParagraphs(new TextDecoder().decode(data)) : null;
        if (expected && expected.length > 0) {
          expect(loadDocument(dir).en).toEqual(expected);
        } else {
          const error = corpusErrorOf(() => loadDocument(dir));
          expect(error.file).toBe(enFile);
          expect(error.message).toBe(`${enFile}: ${expected ? 'holds no text' : 'is not valid UTF-8'}`);
        }
      }),
      { numRuns: NUM_FS_RUNS },
    );
  });
});

describe('loadCorpusFrom', () => {
  it('returns no documents for an empty corpus', () => {
    expect(loadCorpusFrom(freshDir())).toEqual([]);
  });

  it('orders documents by date, then slug, and skips plain files', () => {
    const root = freshDir();
    writeDoc(root, 'b-later', { 'meta.json': { ...validMeta('b-later'), date: '2024-10-31' }, 'en.txt': 'B' });
    writeDoc(root, 'c-early', { 'meta.json': { ...validMeta('c-early'), date: '2023-03-16' }, 'en.txt': 'C' });
    writeDoc(root, 'a-later', { 'meta.json': { ...validMeta('a-later'), date: '2024-10-31' }, 'en.txt': 'A' });
    writeFileSync(path.join(root, 'README.md'), '# not a document');
    expect(loadCorpusFrom(root).map((doc) => doc.meta.slug)).toEqual(['c-early', 'a-later', 'b-later']);
  });

  it('names the file of the one broken document', () => {
    const root = freshDir();
    writeDoc(root, 'good', { 'meta.json': validMeta('good'), 'en.txt': 'Text' });
    const bad = writeDoc(root, 'bad', { 'meta.json': { ...validMeta('bad'), date: '2024-7-16' }, 'en.txt': 'Text' });
    const error = corpusErrorOf(() => loadCorpusFrom(root));
    expect(error.message).toBe(`${path.join(bad, 'meta.json')} (field "date"): Invalid ISO date`);
  });
});

describe('the project corpus', () => {
  it('loads the four English-only reference documents with their paragraph counts and titles', () => {
    const englishOnly = loadCorpus()
      .filter((doc) => doc.kind === 'english-only')
      .map((doc) => ({ slug: doc.meta.slug, date: doc.meta.date, paragraphs: doc.en?.length, first: doc.en?.[0] }));
    expect(englishOnly).toEqual([
      {
        slug: 'scio-2023-internet-rule-of-law-white-paper',
        date: '2023-03-16',
        paragraphs: 133,
        first: "The Construction of China's Internet Rule of Law in the New Era",
      },
      {
        slug: 'hongqi-2024-16-good-laws-good-governance',
        date: '2024-08-25',
        paragraphs: 22,
        first: 'promoting the construction of a cyber power with good laws and good governance',
      },
      {
        slug: 'cyber-rule-of-law-thirty-years',
        date: '2024-09-01',
        paragraphs: 108,
        first: 'The sky is clear and the earth is quiet to start a new journey',
      },
      {
        slug: 'network-governance-rule-of-law-2024-10',
        date: '2024-10-31',
        paragraphs: 8,
        first: 'Focus on improving the level of rule of law in network governance in the new era',
      },
    ]);
  });

  it('keeps no web-page debris in the English-only documents', () => {
    const debris = /Clicks:|Русский язык|Responsible editor|Special statement|For copyright issues|\(Xinhua\)/iu;
    const texts = loadCorpus()
      .filter((doc) => doc.kind === 'english-only')
      .flatMap((doc) => doc.en ?? []);
    expect(texts.filter((paragraph) => debris.test(paragraph))).toEqual([]);
  });
});
