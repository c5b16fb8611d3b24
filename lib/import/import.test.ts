import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx } from '../../tests/fixtures/import/make-docx';
import { alignDocument } from '../bitext';
import { loadCorpus } from '../corpus';

const getDocument = (slug: string) => loadCorpus().find((doc) => doc.meta.slug === slug);
import { MAX_TEXT_BYTES } from '../library';
import { ImportError, importDocument, prepareImport, readInputFile, readParagraphs, type ImportRequest } from './index';

const FIXTURES = 'tests/fixtures/import';

let root: string;
let library: string;
const saved = process.env.QP_CORPUS;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-import-'));
  library = path.join(root, 'library');
  process.env.QP_CORPUS = library;
});
afterEach(() => {
  process.env.QP_CORPUS = saved;
  rmSync(root, { recursive: true, force: true });
});

const text = (name: string, content: string) => ({ name, text: content });
const bytes = (name: string, content: Uint8Array | string) => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});
const fixture = (name: string) => readInputFile(path.join(FIXTURES, name), 'bitext');

/** The ImportError a request fails with; fails the test on any other outcome. */
async function importErrorOf(request: () => ImportRequest | Promise<ImportRequest>): Promise<ImportError> {
  try {
    await importDocument(await request());
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('no error thrown');
}

const libraryEntries = () => {
  try {
    return readdirSync(library);
  } catch {
    return [];
  }
};

describe('text inputs', () => {
  it('reads UTF-8 with a byte-order mark and CRLF line ends as the loader does', async () => {
    expect(await readParagraphs(bytes('zh.txt', '\uFEFF第一段。\r\n\r\n第二段，\r\n续行。\r\n'), 'zh')).toEqual([
      '第一段。',
      '第二段，\n续行。',
    ]);
  });

  it('reads the paragraphs of a .docx, runs joined, empty paragraphs dropped', async () => {
    const docx = await makeDocx(['必须坚持自信自立', '', ['坚定不移', '走自己的路'], 'A & B <c>']);
    expect(await readParagraphs(bytes('essay.docx', docx), 'zh')).toEqual(['必须坚持自信自立', '坚定不移走自己的路', 'A & B <c>']);
  });

  it('recognises a .docx by its zip signature whatever its name', async () => {
    const docx = await makeDocx(['One.', 'Two.']);
    expect(await readParagraphs(bytes('upload', docx), 'en')).toEqual(['One.', 'Two.']);
  });
});

describe('bilingual files', () => {
  it('imports a bilingual file: its units as the alignment given by the file, their ids in units.tsv', async () => {
    const { slug, warnings } = await importDocument({ bitext: fixture('handmade/variants.tmx'), title: 'Variants, as a TMX' });
    expect(slug).toBe('variants-as-a-tmx');
    expect(warnings).toHaveLength(1);
    const doc = getDocument(slug);
    expect(alignDocument(doc!).beads).toEqual([0, 1, 2, 3].map((k) => ({ zh: [k], en: [k], confidence: 1, origin: 'file' })));
    expect(doc?.units?.map((u) => u.id)).toEqual(['m1', 'm5', 'm6', 'm10']);
    const folder = path.join(library, slug);
    expect(readFileSync(path.join(folder, 'alignment.tsv'), 'utf8')).toContain('0\t0\tfile\n1\t1\tfile\n');
    expect(readFileSync(path.join(folder, 'units.tsv'), 'utf8')).toContain('0\t0\tm1\n1\t1\tm5\n2\t2\tm6\n3\t3\tm10\n');
  });

  it('imports a one-language file as a one-language document, with its unit ids and no alignment', async () => {
    const { slug, warnings } = await importDocument({ bitext: fixture('toolkit/forum-untranslated.po2xliff.xlf'), title: 'Untranslated' });
    expect(warnings.at(-1)).toContain('imported as a Chinese-only document');
    const doc = getDocument(slug);
    expect([doc?.kind, doc?.zh?.length, doc?.alignment, doc?.units?.length]).toEqual(['chinese-only', 9, undefined, 9]);
  });

  it('keeps a unit with one side empty as a bead with no counterpart', async () => {
    const { slug } = await importDocument({ bitext: fixture('contents.tmx'), title: 'Contents, as a TMX' });
    expect(getDocument(slug)?.alignment?.map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
      [[2], [3]],
    ]);
  });
});

describe('import', () => {
  const zh = () => text('zh.txt', '第一段。\n\n第二段。\n');
  const en = () => text('en.txt', 'First paragraph.\n\nSecond paragraph.\n');

  it('writes a bilingual document with its metadata, slug from the title', async () => {
    const { slug } = await importDocument({
      zh: zh(),
      en: en(),
      title: 'Two Paragraphs: a Test',
      titleZh: '两段',
      date: '2024-02-29',
      author: 'A. Writer',
      source: 'https://example.org/two',
      translationKind: 'professional',
      translationBy: ' A. Translator ',
      translationNote: 'Named on the page',
    });
    expect(slug).toBe('two-paragraphs-a-test');
    const doc = getDocument(slug);
    expect(doc?.meta).toEqual({
      slug,
      title: { en: 'Two Paragraphs: a Test', zh: '两段' },
      author: { en: 'A. Writer' },
      publication: 'Imported text',
      date: '2024-02-29',
      source: 'https://example.org/two',
      languages: ['zh', 'en'],
      translation: { by: 'A. Translator', kind: 'professional', note: 'Named on the page' },
    });
    expect(alignDocument(doc!).beads.map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });

  it('says the translation is of unknown kind, by no one named, when the import does not say', async () => {
    const { slug } = await importDocument({ en: en(), title: 'Unsaid' });
    expect(getDocument(slug)?.meta.translation).toEqual({ by: 'not stated', kind: 'unknown' });
  });

  it('numbers a slug made from a title that is taken, and replaces it on request', async () => {
    const slugOf = async (request: ImportRequest) => (await importDocument(request)).slug;
    expect(await slugOf({ en: en(), title: 'Essay' })).toBe('essay');
    expect(await slugOf({ en: en(), title: 'Essay' })).toBe('essay-2');
    expect(await slugOf({ en: text('en.txt', 'Replaced.'), title: 'Essay', replace: true })).toBe('essay');
    expect(getDocument('essay')?.en).toEqual(['Replaced.']);
  });

  it('imports one language alone', async () => {
    const { slug } = await importDocument({ zh: zh(), title: 'Chinese only' });
    expect(getDocument(slug)?.kind).toBe('chinese-only');
  });

  it('prepares without writing', async () => {
    const prepared = await prepareImport({ zh: zh(), en: en(), title: 'Preview' });
    expect(prepared.document.zh).toEqual(['第一段。', '第二段。']);
    expect(libraryEntries()).toEqual([]);
  });

  describe('bad input: a one-line error naming the file or field, nothing written', () => {
    const cases: Array<[string, () => ImportRequest | Promise<ImportRequest>, string]> = [
      ['a missing file', () => ({ zh: readInputFile(path.join(root, 'nope.txt'), 'zh'), title: 'T' }), 'nope.txt: file not found'],
      ['an empty file', () => ({ zh: zh(), en: bytes('empty.txt', ''), title: 'T' }), 'empty.txt: holds no text'],
      ['a file of white space only', () => ({ en: bytes('blank.txt', ' \n\u3000\n'), title: 'T' }), 'blank.txt: holds no text'],
      [
        'a binary file',
        () => ({ en: bytes('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10])), title: 'T' }),
        'photo.jpg: is a binary file, not text (NUL byte at offset 3)',
      ],
      [
        'UTF-16 text',
        () => ({ en: bytes('unicode.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00])), title: 'T' }),
        'unicode.txt: is UTF-16 text; save it as UTF-8',
      ],
      [
        'invalid UTF-8',
        () => ({ zh: bytes('gbk.txt', new Uint8Array([0xb5, 0xda, 0xd2, 0xbb])), title: 'T' }),
        'gbk.txt: is not valid UTF-8 text (save it as UTF-8)',
      ],
      [
        'text over 2 MB',
        () => ({ en: text('huge.txt', 'a'.repeat(MAX_TEXT_BYTES + 1)), title: 'T' }),
        'huge.txt: holds 2.0 MB of text, over the 2.0 MB limit',
      ],
      [
        'a corrupt .docx',
        () => ({ en: bytes('broken.docx', 'PK\u0003\u0004 not really a zip'), title: 'T' }),
        'broken.docx: is not a readable .docx',
      ],
      [
        'an impossible date',
        () => ({ en: en(), title: 'T', date: '2023-02-29' }),
        'field "date": "2023-02-29" is not a real date in the form YYYY-MM-DD',
      ],
      [
        'a date in another form',
        () => ({ en: en(), title: 'T', date: '29/02/2024' }),
        'field "date": "29/02/2024" is not a real date in the form YYYY-MM-DD',
      ],
      ['no title', () => ({ en: en(), title: '  ' }), 'field "title": an English title is needed'],
      [
        'an unknown kind of translation',
        () => ({ en: en(), title: 'T', translationKind: 'google' }),
        'field "translationKind": "google" is not a kind of translation: expected one of official, publisher, professional, machine, unknown',
      ],
      ['no text', () => ({ title: 'T' }), 'field "en": no text given: a Chinese text, an English text or a bilingual file is needed'],
      [
        'a slug that is not one',
        () => ({ en: en(), title: 'T', slug: 'Not A Slug' }),
        'field "slug": "Not A Slug" must be lower-case ASCII letters and digits in words joined by hyphens',
      ],
      [
        'a bilingual file with neither side Chinese',
        () => ({
          bitext: text(
            'en-fr.tmx',
            '<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>Hi.</seg></tuv><tuv xml:lang="fr"><seg>Salut.</seg></tuv></tu></body></tmx>',
          ),
          title: 'T',
        }),
        'en-fr.tmx: neither side is Chinese (languages found: en, fr)',
      ],
      [
        'a bilingual file that is not well-formed XML',
        () => ({ bitext: text('broken.xlf', '<xliff version="1.2"><file>'), title: 'T' }),
        'broken.xlf: is not well-formed XML',
      ],
      [
        'a bilingual file whose label contradicts the text beyond reading by script',
        () => ({
          bitext: text(
            'zh-zh.tmx',
            '<tmx version="1.4"><body><tu tuid="7"><tuv xml:lang="zh-CN"><seg>第一段。</seg></tuv><tuv xml:lang="en"><seg>第二段。</seg></tuv></tu></body></tmx>',
          ),
          title: 'T',
        }),
        'zh-zh.tmx: tu 1 (tuid "7"): the variant labelled "en" holds Chinese text',
      ],
      [
        'texts and a bilingual file together',
        () => ({ en: en(), bitext: fixture('contents.tmx'), title: 'T' }),
        'field "bitext": give either a bilingual file or the texts, not both',
      ],
    ];
    for (const [name, request, message] of cases) {
      it(name, async () => {
        const error = await importErrorOf(request);
        expect(error.message).toContain(message);
        expect(error.message).not.toContain('\n');
        expect(libraryEntries()).toEqual([]);
      });
    }

    it('a slug already taken', async () => {
      await importDocument({ en: en(), title: 'T', slug: 'taken' });
      const error = await importErrorOf(() => ({ zh: zh(), title: 'Other', slug: 'taken' }));
      expect(error.message).toBe('field "slug": "taken" is already taken (replace it, or choose another slug)');
      expect(getDocument('taken')?.kind).toBe('english-only');
    });

    it('a folder given as a file', () => {
      mkdirSync(path.join(root, 'folder'));
      expect(() => readInputFile(path.join(root, 'folder'), 'zh')).toThrow(`${path.join(root, 'folder')}: is a folder, not a file`);
    });

    // root reads any file whatever its mode.
    it.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
      const file = path.join(root, 'secret.txt');
      writeFileSync(file, 'x', { mode: 0o000 });
      expect(() => readInputFile(file, 'zh')).toThrow(`${file}: cannot be read (EACCES)`);
    });
  });
});
