import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTbx } from '../export';
import { corpusIndex } from '../../tests/unit/corpus-index';
import { getGlossary, GlossaryError, loadUserGlossary, parseGlossaryCsv, parseGlossaryTbx, selectGlossary } from './index';

const NEWSROOM_CSV = 'tests/fixtures/glossary/newsroom.csv';
const NEWSROOM_TBX = 'tests/fixtures/glossary/newsroom.tbx';

/** The one-line message of the error a glossary text throws. */
function csvError(text: string): string {
  try {
    parseGlossaryCsv(text, 'mine.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return (error as Error).message;
  }
  throw new Error('no error thrown');
}

function tbxError(text: string): string {
  try {
    parseGlossaryTbx(text, 'mine.tbx');
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return (error as Error).message;
  }
  throw new Error('no error thrown');
}

describe('parseGlossaryCsv', () => {
  it('reads a user glossary: quoted fields, doubled quotes, variants split at "|", an empty variants field, pinyin and category from the project', () => {
    const entries = loadUserGlossary(NEWSROOM_CSV, getGlossary());
    expect(entries).toEqual([
      {
        term: '网络强国',
        pinyin: 'wǎngluò qiángguó',
        recommended: 'cyber superpower',
        basis: 'user glossary (newsroom.csv)',
        variants: ['cyberpower', 'cyber power', 'strong cyber power', 'network power'],
        category: 'policy',
        note: 'House style: "superpower", not the project\'s "cyberpower"',
      },
      {
        term: '网络执法',
        pinyin: 'wǎng luò zhí fǎ',
        recommended: 'online law enforcement',
        basis: 'user glossary (newsroom.csv)',
        variants: ['cyber law enforcement', 'network law enforcement'],
        category: 'other',
        note: undefined,
      },
      {
        term: '未成年人网络保护',
        pinyin: 'wèi chéng nián rén wǎng luò bǎo hù',
        recommended: 'online protection of minors',
        basis: 'user glossary (newsroom.csv)',
        variants: [],
        category: 'other',
        note: undefined,
      },
      {
        term: '人工智能',
        pinyin: 'rén gōng zhì néng',
        recommended: 'artificial intelligence',
        basis: 'user glossary (newsroom.csv)',
        variants: ['AI'],
        category: 'other',
        note: undefined,
      },
    ]);
  });
  it('accepts a byte-order mark, LF line ends, no note column and a quoted field holding a line break', () => {
    const entries = parseGlossaryCsv('\uFEFFzh,recommended,variants\n数字经济,"digital\neconomy",\n', 'mine.csv');
    expect(entries.map((e) => [e.term, e.recommended, e.variants])).toEqual([['数字经济', 'digital\neconomy', []]]);
  });
  it('names line and column of each problem', () => {
    expect(csvError('')).toBe('mine.csv:1:1: empty file: expected the header zh,recommended,variants,note');
    expect(csvError('zh,rendering,variants\n')).toBe('mine.csv:1:4: header: expected column 2 to be "recommended", found "rendering"');
    expect(csvError('zh,recommended\n')).toBe('mine.csv:1:15: header: expected column 3 to be "variants", found nothing');
    expect(csvError('zh,recommended,variants,note,source\n')).toBe('mine.csv:1:30: header: unexpected column "source"');
    expect(csvError('zh,recommended,variants\n')).toBe('mine.csv:2:1: holds no terms after the header');
    expect(csvError('zh,recommended,variants\n网络强国,cyberpower,"cyber power\n')).toBe('mine.csv:2:17: quoted field never closed');
    expect(csvError('zh,recommended,variants\n网络强国,"cyber"power,\n')).toBe(
      'mine.csv:2:13: expected a comma or the end of the line after a closing quote, found "p"',
    );
    expect(csvError('zh,recommended,variants\n网络强国,cyber "power",\n')).toBe(
      'mine.csv:2:12: a quote inside an unquoted field (quote the whole field and double the quote)',
    );
    expect(csvError('zh,recommended,variants\n网络强国,cyberpower\n')).toBe('mine.csv:2:16: expected 3 fields as in the header, found 2');
    expect(csvError('zh,recommended,variants\n网络强国,cyberpower,a,b\n')).toBe(
      'mine.csv:2:19: expected 3 fields as in the header, found 4',
    );
    expect(csvError('zh,recommended,variants\ncyberpower,网络强国,\n')).toBe(
      'mine.csv:2:1: field "zh": "cyberpower" must be Chinese characters only',
    );
    expect(csvError('zh,recommended,variants\n网络强国, ,\n')).toBe('mine.csv:2:6: field "recommended": empty');
    expect(csvError('zh,recommended,variants\n网络强国,cyberpower,cyber power||network power\n')).toBe(
      'mine.csv:2:17: field "variants": an empty variant (two "|" in a row or one at an end)',
    );
    expect(csvError('zh,recommended,variants\n网络强国,cyberpower,\n\n网络强国,cyber power,\n')).toBe(
      'mine.csv:4:1: field "zh": 网络强国 repeats line 2',
    );
  });
  it('names the file when it is missing or of an unknown kind', () => {
    expect(() => loadUserGlossary('no/such.csv')).toThrow(new GlossaryError('no/such.csv', 'file not found'));
    expect(() => loadUserGlossary('corpus/glossary.json')).toThrow('corpus/glossary.json: unknown format ".json": expected .csv or .tbx');
  });
});

describe('parseGlossaryTbx', () => {
  it('reads back the TBX-Basic the project exports, entry for entry', async () => {
    let tbx = '';
    for await (const chunk of toTbx(await corpusIndex())) tbx += chunk;
    const entries = parseGlossaryTbx(tbx, 'glossary.tbx');
    const project = getGlossary();
    expect(
      entries.map(({ term, pinyin, recommended, variants, category, note }) => ({ term, pinyin, recommended, variants, category, note })),
    ).toEqual(
      project.map(({ term, pinyin, recommended, variants, category, note }) => ({ term, pinyin, recommended, variants, category, note })),
    );
    expect(entries.find((e) => e.term === '依法治网')?.basis).toBe(
      `${project.find((e) => e.term === '依法治网')?.basis} (via glossary.tbx)`,
    );
  });
  it('takes the preferred term wherever it stands, other English terms as variants, zh-CN as Chinese', () => {
    const [power, enforcement] = loadUserGlossary(NEWSROOM_TBX, getGlossary());
    expect(power).toMatchObject({
      term: '网络强国',
      recommended: 'cyber superpower',
      variants: ['cyberpower', 'cyber power', 'strong cyber power', 'network power'],
      basis: 'newsroom style guide (via newsroom.tbx)',
    });
    expect(enforcement).toMatchObject({
      term: '网络执法',
      recommended: 'online law enforcement',
      variants: ['cyber law enforcement', 'network law enforcement'],
      category: 'other',
      pinyin: 'wǎng luò zhí fǎ',
    });
  });
  it('names line and column of malformed XML and of the termEntry at fault', () => {
    expect(tbxError('<martif>\n  <text><body>\n</martif>')).toMatch(/^mine\.tbx:3:\d+: not well-formed XML: /);
    expect(tbxError('<tmx><body/></tmx>')).toBe('mine.tbx:1:1: not TBX: the root element must be martif');
    const entry = (zh: string, en: string) =>
      `<termEntry><langSet xml:lang="zh"><tig><term>${zh}</term></tig></langSet><langSet xml:lang="en"><tig><term>${en}</term></tig></langSet></termEntry>`;
    const doc = (...entries: string[]) => `<martif type="TBX-Basic">\n<text><body>\n${entries.join('\n')}\n</body></text></martif>`;
    expect(
      tbxError(doc(entry('网络强国', 'cyberpower'), '  <termEntry><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry>')),
    ).toBe('mine.tbx:4:3: termEntry has no Chinese term (langSet xml:lang="zh", tig, term)');
    expect(tbxError(doc(entry('网络强国', '')))).toBe(
      'mine.tbx:3:1: termEntry of 网络强国 has no English term (langSet xml:lang="en", tig, term)',
    );
    expect(tbxError(doc(entry('网络强国', 'a'), entry('网络强国', 'b')))).toBe('mine.tbx:4:1: field "zh": 网络强国 repeats line 3');
    expect(tbxError(doc())).toBe('mine.tbx:1:1: holds no termEntry in martif/text/body');
    expect(tbxError(`<martif><text><body>${'<termEntry>'.repeat(5_000)}${'</termEntry>'.repeat(5_000)}</body></text></martif>`)).toMatch(
      /^mine\.tbx:1:1: cannot be read as XML \(.+\)$/u,
    );
  });
});

describe('selectGlossary', () => {
  const user = loadUserGlossary(NEWSROOM_CSV, getGlossary());
  it('puts the user entry in place of the project entry for the same term and adds the new terms', () => {
    const both = selectGlossary('both', user);
    expect(both.length).toBe(getGlossary().length + 3);
    expect(both.filter((e) => e.term === '网络强国')).toEqual([user[0]]);
    expect(both.slice(-3).map((e) => e.term)).toEqual(['网络执法', '未成年人网络保护', '人工智能']);
    expect(both.find((e) => e.term === '网络法治')).toBe(getGlossary().find((e) => e.term === '网络法治'));
  });
  it('gives the project glossary for "project" or without a user glossary, the user glossary alone for "user"', () => {
    expect(selectGlossary('project', user)).toBe(getGlossary());
    expect(selectGlossary('both')).toBe(getGlossary());
    expect(selectGlossary('user', user)).toBe(user);
  });
  it('gives the same array for the same inputs, so per-glossary caches hold', () => {
    expect(selectGlossary('both', user)).toBe(selectGlossary('both', user));
  });
  it('reads a user glossary written to a temporary file', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'user-glossary-')), 'Mine.CSV');
    writeFileSync(file, 'zh,recommended,variants,note\r\n网络执法,online law enforcement,,"checked, 2026"\r\n');
    expect(loadUserGlossary(file)).toMatchObject([{ term: '网络执法', note: 'checked, 2026', basis: 'user glossary (Mine.CSV)' }]);
  });
});
