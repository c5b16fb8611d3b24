import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx } from '../tests/fixtures/import/make-docx';

const PAIR = 'corpus/qiushi-2024-14-contents';

let root: string;
let library: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qp-import-cli-'));
  library = path.join(root, 'library');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function runImport(...args: string[]) {
  // tsx directly, not npx: npx adds its own warnings to stderr.
  return spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, QP_CORPUS: library },
  });
}

const libraryEntries = () => {
  try {
    return readdirSync(library);
  } catch {
    return [];
  }
};

describe('import CLI', () => {
  it('imports a text pair, prints the slug and writes a loadable document', () => {
    const result = runImport(
      '--zh',
      `${PAIR}/zh.txt`,
      '--en',
      `${PAIR}/en.txt`,
      '--title',
      'Contents of Qiushi 2024/14',
      '--date',
      '2024-07-16',
      '--author',
      'Qiushi',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('contents-of-qiushi-2024-14\n');
    const meta = JSON.parse(readFileSync(path.join(library, 'contents-of-qiushi-2024-14', 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({
      slug: 'contents-of-qiushi-2024-14',
      date: '2024-07-16',
      author: { en: 'Qiushi' },
      languages: ['zh', 'en'],
      translation: { by: 'not stated', kind: 'unknown' },
    });
  });

  it('writes whose translation the English is, as the flags say', () => {
    const result = runImport(
      ...['--en', `${PAIR}/en.txt`, '--title', 'Blog rendering', '--translation-kind', 'machine', '--translation-by', 'a blog post'],
    );
    expect([result.status, result.stderr]).toEqual([0, '']);
    const meta = JSON.parse(readFileSync(path.join(library, 'blog-rendering', 'meta.json'), 'utf8'));
    expect(meta.translation).toEqual({ by: 'a blog post', kind: 'machine' });
  });

  it('imports a .docx and a TMX file', async () => {
    const docx = path.join(root, 'essay.docx');
    writeFileSync(docx, await makeDocx(['First paragraph.', 'Second paragraph.']));
    const fromDocx = runImport('--en', docx, '--title', 'An essay');
    expect([fromDocx.status, fromDocx.stdout, fromDocx.stderr]).toEqual([0, 'an-essay\n', '']);
    const fromTmx = runImport('--bitext', 'tests/fixtures/import/contents.tmx', '--title', 'From TMX', '--slug', 'from-tmx');
    expect([fromTmx.status, fromTmx.stdout, fromTmx.stderr]).toEqual([0, 'from-tmx\n', '']);
    expect(readdirSync(path.join(library, 'from-tmx')).sort()).toEqual(['alignment.tsv', 'en.txt', 'meta.json', 'units.tsv', 'zh.txt']);
  });

  it('imports a file read otherwise than it says, with one warning line each on stderr', () => {
    const file = 'tests/fixtures/import/toolkit/forum.po2xliff.xlf';
    const result = runImport('--bitext', file, '--title', 'Forum', '--slug', 'forum');
    expect([result.status, result.stdout]).toEqual([0, 'forum\n']);
    expect(result.stderr).toBe(
      `warning: ${file}: source-language "en-US" does not match the sources, which are Chinese: read as Chinese\n` +
        `warning: ${file}: names no target-language: the targets are read as English by their script\n`,
    );
  });

  it('refuses a slug already taken unless --replace', () => {
    const args = ['--en', `${PAIR}/en.txt`, '--title', 'Taken', '--slug', 'taken'];
    expect(runImport(...args).status).toBe(0);
    const again = runImport(...args);
    expect([again.status, again.stdout, again.stderr]).toEqual([
      2,
      '',
      '--slug: "taken" is already taken (replace it, or choose another slug)\n',
    ]);
    const replaced = runImport(...args, '--replace');
    expect([replaced.status, replaced.stdout, replaced.stderr]).toEqual([0, 'taken\n', '']);
  });

  const bad: Array<[string, string[], string]> = [
    ['a missing file', ['--zh', 'no/such/zh.txt', '--title', 'T'], 'no/such/zh.txt: file not found\n'],
    [
      'an invalid date',
      ['--en', `${PAIR}/en.txt`, '--title', 'T', '--date', '2024-02-30'],
      '--date: "2024-02-30" is not a real date in the form YYYY-MM-DD\n',
    ],
    ['no title', ['--en', `${PAIR}/en.txt`], '--title: an English title is needed\n'],
    [
      'an unknown kind of translation',
      ['--en', `${PAIR}/en.txt`, '--title', 'T', '--translation-kind', 'deepl'],
      '--translation-kind: "deepl" is not a kind of translation: expected one of official, publisher, professional, machine, unknown\n',
    ],
    [
      'a bilingual file whose language labels contradict its text',
      ['--bitext', 'tests/fixtures/import/bad/two-chinese.tmx', '--title', 'T'],
      'tests/fixtures/import/bad/two-chinese.tmx: tu 2 (tuid "b"): the variant labelled "en" holds Chinese text, another variant holds other Chinese, and none holds English\n',
    ],
    [
      'a bilingual file with neither side Chinese',
      ['--bitext', 'tests/fixtures/import/bad/en-fr.xlf', '--title', 'T'],
      'tests/fixtures/import/bad/en-fr.xlf: neither side is Chinese (languages found: en, fr)\n',
    ],
    [
      'a bilingual file that is not well-formed XML',
      ['--bitext', 'tests/fixtures/import/bad/unclosed.tmx', '--title', 'T'],
      "tests/fixtures/import/bad/unclosed.tmx: is not well-formed XML (line 5: Expected closing tag 'tu' (opened in line 4, col 5) instead of closing tag 'body'.)\n",
    ],
    [
      'a binary file',
      ['--en', 'public/reading-page.png', '--title', 'T'],
      'public/reading-page.png: is a binary file, not text (NUL byte at offset 8)\n',
    ],
  ];
  for (const [name, args, stderr] of bad) {
    it(`exits 2 with one line on ${name}, writing nothing`, () => {
      const result = runImport(...args);
      expect(result.stderr).toBe(stderr);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(libraryEntries()).toEqual([]);
    });
  }

  it('exits 2 with one line and the usage on an unknown option', () => {
    const result = runImport('--zh', `${PAIR}/zh.txt`, '--titel', 'T');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^import: Unknown option '--titel' \(usage: npm run --silent import -- .*\)\n$/u);
  });
});
