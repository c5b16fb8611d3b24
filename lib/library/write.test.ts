import fs, { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusError, folderVersion, loadCorpus } from '../corpus';
import {
  LibraryError,
  LOCK_FILE,
  normalizeParagraph,
  removeAlignment,
  saveAlignment,
  StaleVersionError,
  writeDocument,
  type NewDocument,
} from './index';

let root: string;
let library: string;
const saved = process.env.QP_CORPUS;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-library-'));
  library = path.join(root, 'library');
  process.env.QP_CORPUS = library;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env.QP_CORPUS = saved;
  rmSync(root, { recursive: true, force: true });
});

const doc = (slug = 'two-paragraphs', overrides: Partial<NewDocument> = {}): NewDocument => ({
  meta: {
    slug,
    title: { en: 'Two paragraphs', zh: '两段' },
    author: {},
    publication: 'Test',
    date: '2024-07-01',
    source: 'test',
    translation: { by: 'not stated', kind: 'unknown' },
  },
  zh: ['第一段。', '第二段。'],
  en: ['First paragraph.', 'Second paragraph.'],
  ...overrides,
});

const getDocument = (slug: string) => loadCorpus().find((d) => d.meta.slug === slug);
const documentVersion = (slug: string) => (existsSync(path.join(library, slug)) ? folderVersion(path.join(library, slug)) : undefined);

/** Everything left in the library folder, hidden entries included. */
const entries = () => (existsSync(library) ? readdirSync(library).sort() : []);

describe('writeDocument', () => {
  it('writes a folder in the corpus format that loadCorpus then reads', () => {
    const dir = writeDocument(doc());
    expect(dir).toBe(path.join(library, 'two-paragraphs'));
    expect(readdirSync(dir).sort()).toEqual(['en.txt', 'meta.json', 'zh.txt']);
    expect(readFileSync(path.join(dir, 'zh.txt'), 'utf8')).toBe('第一段。\n\n第二段。\n');
    const loaded = getDocument('two-paragraphs');
    expect(loaded?.meta.languages).toEqual(['zh', 'en']);
    expect(loaded?.en).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(entries()).toEqual(['two-paragraphs']);
  });

  it('writes a one-language document', () => {
    writeDocument(doc('english', { zh: null }));
    expect(getDocument('english')?.kind).toBe('english-only');
  });

  it('writes a given alignment as alignment.tsv with its origin, and the units as units.tsv', () => {
    const units = [
      { zh: [0], en: [0], id: 'tu\t1' },
      { zh: [1], en: [1], id: 'tu\\2' },
    ];
    writeDocument(doc('aligned', { alignment: [{ zh: [0, 1], en: [0, 1], confidence: 1, origin: 'file' }], units }));
    expect(readFileSync(path.join(library, 'aligned', 'alignment.tsv'), 'utf8')).toMatch(/^#.*\n0,1\t0,1\tfile\n$/u);
    expect(readFileSync(path.join(library, 'aligned', 'units.tsv'), 'utf8')).toMatch(/^#.*\n0\t0\ttu\\t1\n1\t1\ttu\\\\2\n$/u);
    expect(getDocument('aligned')?.alignment).toEqual([{ zh: [0, 1], en: [0, 1], confidence: 1, origin: 'file' }]);
    expect(getDocument('aligned')?.units).toEqual(units);
  });

  it('refuses a slug already taken, leaving the first document as it was', () => {
    writeDocument(doc());
    expect(() => writeDocument(doc('two-paragraphs', { en: ['Other.'] }))).toThrow(
      new LibraryError('slug-taken', 'slug "two-paragraphs" is already taken'),
    );
    expect(getDocument('two-paragraphs')?.en).toHaveLength(2);
  });

  it('refuses a slug taken in another corpus folder, even with replace', () => {
    const other = path.join(root, 'other');
    mkdirSync(path.join(other, 'two-paragraphs'), { recursive: true });
    process.env.QP_CORPUS = [library, other].join(path.delimiter);
    expect(() => writeDocument(doc(), { replace: true })).toThrow(
      `slug "two-paragraphs" is already taken in ${other}, which is not the writable library`,
    );
  });

  it('replaces a document with replace, leaving no staging folder', () => {
    writeDocument(doc());
    writeDocument(doc('two-paragraphs', { en: ['Only one now.'] }), { replace: true });
    expect(getDocument('two-paragraphs')?.en).toEqual(['Only one now.']);
    expect(entries()).toEqual(['two-paragraphs']);
  });

  it('leaves nothing behind when a file write fails half-way', () => {
    const real = fs.writeFileSync;
    let calls = 0;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((...args: Parameters<typeof fs.writeFileSync>) => {
      calls += 1;
      // meta.json is written, then zh.txt fails: a half-written folder exists at that moment.
      if (calls === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      real(...args);
    });
    expect(() => writeDocument(doc())).toThrow('ENOSPC');
    expect(calls).toBe(2);
    expect(entries()).toEqual([]);
  });

  it('keeps the old document when replacing fails half-way', () => {
    writeDocument(doc());
    const real = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      // The new folder's move into place fails after the old one was moved aside.
      if (String(from).endsWith(`${path.sep}two-paragraphs`) && String(to) === path.join(library, 'two-paragraphs'))
        throw new Error('EIO: rename failed');
      real(from, to);
    });
    expect(() => writeDocument(doc('two-paragraphs', { en: ['Lost?'] }), { replace: true })).toThrow('EIO');
    vi.restoreAllMocks();
    expect(entries()).toEqual(['two-paragraphs']);
    expect(readFileSync(path.join(library, 'two-paragraphs', 'en.txt'), 'utf8')).toBe('First paragraph.\n\nSecond paragraph.\n');
  });

  it('refuses invalid metadata before writing anything, naming the field', () => {
    expect(() => writeDocument(doc('bad-date', { meta: { ...doc().meta, slug: 'bad-date', date: '2024-02-30' } }))).toThrow(CorpusError);
    expect(() => writeDocument(doc('bad-date', { meta: { ...doc().meta, slug: 'bad-date', date: '2024-02-30' } }))).toThrow(
      `${path.join(library, 'bad-date', 'meta.json')} (field "date")`,
    );
    expect(entries()).toEqual([]);
  });

  it('refuses an alignment that misses a paragraph, naming the line it would have', () => {
    expect(() => writeDocument(doc('gap', { alignment: [{ zh: [0], en: [0], confidence: 1 }] }))).toThrow(
      `${path.join(library, 'gap', 'alignment.tsv')}: paragraph 1 of the Chinese is missing (the last bead is on line 2)`,
    );
    expect(entries()).toEqual([]);
  });

  it('refuses paragraphs that would not read back as written', () => {
    expect(() => writeDocument(doc('blank', { en: ['One.\n\nTwo.', 'Three.'] }))).toThrow(
      'paragraphs must be non-empty and hold no blank line',
    );
    expect(normalizeParagraph('  One.\n \u3000\nTwo.  ')).toBe('One.\nTwo.');
  });
});

describe('saveAlignment and removeAlignment', () => {
  beforeEach(() => {
    writeDocument(doc());
  });
  const merged = [{ zh: [0, 1], en: [0, 1], confidence: 0.4 }];

  it('saves beads as checked by a person and returns the new version, which the folder agrees with', () => {
    const version = documentVersion('two-paragraphs') ?? '';
    const next = saveAlignment('two-paragraphs', merged, version);
    expect(next).not.toBe(version);
    expect(getDocument('two-paragraphs')?.alignment).toEqual([{ zh: [0, 1], en: [0, 1], confidence: 1, origin: 'person' }]);
    expect(documentVersion('two-paragraphs')).toBe(next);
  });

  it('saved over an alignment given by a file, marks the rows the person changed and keeps the others as given', () => {
    const given = [
      { zh: [0], en: [0], confidence: 1, origin: 'file' as const },
      { zh: [1], en: [1], confidence: 1, origin: 'file' as const },
      { zh: [2], en: [], confidence: 1, origin: 'file' as const },
    ];
    writeDocument(doc('three', { zh: ['一。', '二。', '三。'], en: ['One.', 'Two.'], alignment: given }));
    const edited = [
      { zh: [0], en: [0], confidence: 1 },
      { zh: [1, 2], en: [1], confidence: 1 },
    ];
    saveAlignment('three', edited, documentVersion('three') ?? '');
    expect(getDocument('three')?.alignment?.map((b) => b.origin)).toEqual(['file', 'person']);
    expect(readFileSync(path.join(library, 'three', 'alignment.tsv'), 'utf8')).toMatch(/\n0\t0\tfile\n1,2\t1\tperson\n$/u);
  });

  it('refuses a save made from a stale version, writing nothing', () => {
    const version = documentVersion('two-paragraphs') ?? '';
    saveAlignment('two-paragraphs', merged, version);
    const split = [
      { zh: [0], en: [0], confidence: 1 },
      { zh: [1], en: [1], confidence: 1 },
    ];
    expect(() => saveAlignment('two-paragraphs', split, version)).toThrow(StaleVersionError);
    expect(getDocument('two-paragraphs')?.alignment).toHaveLength(1);
  });

  it('refuses a stale save after the text was changed by hand', () => {
    const version = documentVersion('two-paragraphs') ?? '';
    writeFileSync(path.join(library, 'two-paragraphs', 'en.txt'), 'First paragraph.\n\nSecond, edited.\n');
    expect(() => saveAlignment('two-paragraphs', merged, version)).toThrow(StaleVersionError);
  });

  it('refuses beads that do not cover the document, leaving no temporary file', () => {
    const version = documentVersion('two-paragraphs') ?? '';
    expect(() => saveAlignment('two-paragraphs', [{ zh: [0], en: [0, 1], confidence: 1 }], version)).toThrow(
      `${path.join(library, 'two-paragraphs', 'alignment.tsv')}: paragraph 1 of the Chinese is missing (the last bead is on line 2)`,
    );
    expect(readdirSync(path.join(library, 'two-paragraphs')).sort()).toEqual(['en.txt', 'meta.json', 'zh.txt']);
  });

  it('removes the alignment: back to the automatic one', () => {
    const saved = saveAlignment('two-paragraphs', merged, documentVersion('two-paragraphs') ?? '');
    removeAlignment('two-paragraphs', saved);
    expect(getDocument('two-paragraphs')?.alignment).toBeUndefined();
    expect(() => removeAlignment('two-paragraphs', saved)).toThrow(StaleVersionError);
  });

  it('names an unknown document', () => {
    expect(() => saveAlignment('nothing-here', merged, 'x')).toThrow(new LibraryError('not-found', 'no document "nothing-here"'));
  });
});

describe('the library lock', () => {
  it('refuses a write while another process holds the lock, naming the lock file, and writes nothing', () => {
    writeDocument(doc());
    const version = documentVersion('two-paragraphs') ?? '';
    expect(entries(), 'the lock is released after a write').toEqual(['two-paragraphs']);
    const lock = path.join(library, LOCK_FILE);
    writeFileSync(lock, '12345\n');
    const busy = (write: () => unknown) => {
      try {
        write();
      } catch (error) {
        return error instanceof LibraryError && error.reason === 'busy' ? error.message : `unexpected ${String(error)}`;
      }
      return 'written';
    };
    expect(busy(() => saveAlignment('two-paragraphs', [{ zh: [0, 1], en: [0, 1], confidence: 1 }], version))).toContain(lock);
    expect(busy(() => writeDocument(doc('another')))).toContain('another process is writing');
    expect(busy(() => removeAlignment('two-paragraphs', version))).toContain(lock);
    expect(entries()).toEqual([LOCK_FILE, 'two-paragraphs']);
    expect(existsSync(path.join(library, 'two-paragraphs', 'alignment.tsv'))).toBe(false);
  });

  it('takes over a lock left by a process that died while writing', () => {
    const lock = path.join(library, LOCK_FILE);
    mkdirSync(library, { recursive: true });
    writeFileSync(lock, '12345\n');
    const old = (Date.now() - 60_000) / 1000;
    fs.utimesSync(lock, old, old);
    writeDocument(doc());
    expect(entries()).toEqual(['two-paragraphs']);
  });
});
