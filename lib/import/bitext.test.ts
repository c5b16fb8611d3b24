import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../corpus';
import { toSimplified } from '../script';
import { ImportError, parseBitext, readInputFile } from './index';

const FIXTURES = 'tests/fixtures/import';
const fixture = (name: string) => readInputFile(path.join(FIXTURES, name), 'bitext');
const text = (name: string, content: string) => ({ name, text: content });

/** A dev text's paragraphs, as the reader shows them from its zh.txt and en.txt. */
function devText(folder: string): { zh: string[]; en: string[] } {
  const read = (lang: string) => splitParagraphs(readFileSync(path.join('tests', 'fixtures', 'dev-texts', folder, `${lang}.txt`), 'utf8'));
  return { zh: read('zh'), en: read('en') };
}
const FORUM = devText('xinhua-2023-02-11-china-japan-forum');
const MIGRATION = devText('gt-2023-02-eu-summit-migration');
const pick = (paragraphs: readonly string[], indices: readonly number[]) => indices.map((i) => paragraphs[i]);

/** The beads of n 1-1 units, as a bilingual file gives them. */
const oneToOne = (n: number) => Array.from({ length: n }, (_, k) => ({ zh: [k], en: [k], confidence: 1, origin: 'file' }));

/** The ImportError message `parseBitext` fails with. */
function errorOf(input: { name: string; text: string }): string {
  try {
    parseBitext(input);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ImportError);
    return (error as ImportError).message;
  }
  throw new Error('no error thrown');
}

const tmx = (units: string, header = '<header srclang="zh-CN"/>') => `<tmx version="1.4">${header}<body>${units}</body></tmx>`;
const tu = (variants: Record<string, string>, tuid?: string) =>
  `<tu${tuid ? ` tuid="${tuid}"` : ''}>${Object.entries(variants)
    .map(([lang, seg]) => `<tuv xml:lang="${lang.replace(/#\d+$/u, '')}"><seg>${seg}</seg></tuv>`)
    .join('')}</tu>`;
const xliff12 = (languages: string, units: string) =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" datatype="plaintext" ${languages}><body>${units}</body></file></xliff>`;

describe("the project's own samples", () => {
  it('reads TMX 1.4: units become paragraphs and beads, inline codes dropped, other languages ignored', () => {
    expect(parseBitext(fixture('contents.tmx'))).toMatchObject({
      format: 'tmx',
      zh: ['必须坚持自信自立 /习近平', '坚定不移走自己的路 /本刊编辑部', '坚定我们的文化自信'],
      en: [
        'We must insist on self-confidence and self-reliance / Xi Jinping',
        'Unswervingly follow our own path / Editorial Department of this Journal',
        'Table of Contents',
        'Strengthen our cultural confidence & more',
      ],
      beads: [
        { zh: [0], en: [0], confidence: 1, origin: 'file' },
        { zh: [1], en: [1], confidence: 1, origin: 'file' },
        { zh: [], en: [2], confidence: 1, origin: 'file' },
        { zh: [2], en: [3], confidence: 1, origin: 'file' },
      ],
    });
  });

  it('reads XLIFF 1.2: source and target by the file languages, units in groups, a unit without target', () => {
    const bitext = parseBitext(fixture('contents-1.2.xlf'));
    expect(bitext.format).toBe('xliff-1');
    expect(bitext.zh).toEqual(['必须坚持自信自立 /习近平', '坚定不移走自己的路 /本刊编辑部', '本期导读']);
    expect(bitext.en).toEqual([
      'We must insist on self-confidence and self-reliance / Xi Jinping',
      'Unswervingly follow our own path / Editorial Department of this Journal',
    ]);
    expect(bitext.beads.map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ]);
  });

  it('reads XLIFF 2.0 with English as source: a unit of two segments and the space between is one paragraph', () => {
    const bitext = parseBitext(fixture('contents-2.0.xlf'));
    expect(bitext.format).toBe('xliff-2');
    expect(bitext.en).toEqual(['We must insist on self-confidence and self-reliance. By Xi Jinping.', 'Unswervingly follow our own path.']);
    // An ignorable without a target (it is optional) is the same on both sides: the space joins the Chinese too.
    expect(bitext.zh).toEqual(['必须坚持自信自立。 作者习近平。', '坚定不移走自己的路\u3000。']);
    expect(bitext.beads.map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
});

describe('files of the Translate Toolkit (3.8.4) and the xliff package, from a PO of the forum dev text', () => {
  it('po2xliff (XLIFF 1.1): the gettext header unit is left out; the source-language en-US it always writes and the missing target-language are read by the text, with warnings', () => {
    const bitext = parseBitext(fixture('toolkit/forum.po2xliff.xlf'));
    expect(bitext).toMatchObject({ format: 'xliff-1', zh: FORUM.zh, en: FORUM.en, beads: oneToOne(9) });
    expect(bitext.units.map((u) => u.id)).toEqual(['3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(bitext.warnings).toEqual([
      `${FIXTURES}/toolkit/forum.po2xliff.xlf: source-language "en-US" does not match the sources, which are Chinese: read as Chinese`,
      `${FIXTURES}/toolkit/forum.po2xliff.xlf: names no target-language: the targets are read as English by their script`,
    ]);
  });

  it('po2xliff with the languages set through the Toolkit: read as labelled, no warning, no header', () => {
    const bitext = parseBitext(fixture('toolkit/forum.po2xliff-languages.xlf'));
    expect(bitext).toMatchObject({ zh: FORUM.zh, en: FORUM.en, beads: oneToOne(9), warnings: [] });
  });

  it('po2tmx --source-language zh-CN -l en: nine units, ids by position (po2tmx writes no tuid)', () => {
    const bitext = parseBitext(fixture('toolkit/forum.po2tmx.tmx'));
    expect(bitext).toMatchObject({ format: 'tmx', zh: FORUM.zh, en: FORUM.en, beads: oneToOne(9), warnings: [] });
    expect(bitext.units).toEqual(FORUM.zh.map((_, k) => ({ zh: [k], en: [k], id: `#${k + 1}` })));
  });

  it('po2tmx -l en, both variants labelled en: read by their script, with one warning', () => {
    const bitext = parseBitext(fixture('toolkit/forum.po2tmx-en-en.tmx'));
    expect(bitext).toMatchObject({ zh: FORUM.zh, en: FORUM.en, beads: oneToOne(9) });
    expect(bitext.warnings).toEqual([
      `${FIXTURES}/toolkit/forum.po2tmx-en-en.tmx: the variant labelled "en" holds Chinese text in 9 units (first: tu 1): read as Chinese by its script`,
    ]);
  });

  it('po2xliff of an untranslated PO: a Chinese-only document, said so', () => {
    const bitext = parseBitext(fixture('toolkit/forum-untranslated.po2xliff.xlf'));
    expect(bitext).toMatchObject({ zh: FORUM.zh, en: [] });
    expect(bitext.beads.every((b) => b.en.length === 0)).toBe(true);
    expect(bitext.warnings.at(-1)).toBe(
      `${FIXTURES}/toolkit/forum-untranslated.po2xliff.xlf: holds no English text: imported as a Chinese-only document`,
    );
  });

  it('js2xliff (XLIFF 2.0): unit ids kept, an inline <pc> keeps its text, the pretty-printing around it is not text', () => {
    const bitext = parseBitext(fixture('toolkit/forum.js2xliff.xlf'));
    expect(bitext).toMatchObject({ format: 'xliff-2', zh: FORUM.zh, en: FORUM.en, beads: oneToOne(9), warnings: [] });
    expect(bitext.units.map((u) => u.id)).toEqual(FORUM.zh.map((_, k) => `p${k + 1}`));
  });
});

describe('samples made by hand after the published formats of OmegaT, Trados Studio and Okapi', () => {
  it('OmegaT level-2 TMX: <bpt>/<ept>/<ph> codes dropped, <prop>, <note> and the header left out', () => {
    expect(parseBitext(fixture('handmade/omegat-level2.tmx'))).toMatchObject({
      zh: pick(MIGRATION.zh, [2, 3, 4]),
      en: pick(MIGRATION.en, [2, 3, 4]),
      beads: oneToOne(3),
      warnings: [],
    });
  });

  it("OmegaT's project memory (TMX 1.1, lang=): OmegaT's own tags written in the text are removed", () => {
    expect(parseBitext(fixture('handmade/omegat-project-save.tmx'))).toMatchObject({
      zh: pick(MIGRATION.zh, [5, 6]),
      en: pick(MIGRATION.en, [5, 6]),
      warnings: [],
    });
  });

  it('Trados Studio TMX: empty typed <bpt>/<ept>/<ph>, usage attributes and field <prop>s', () => {
    expect(parseBitext(fixture('handmade/trados-studio.tmx'))).toMatchObject({
      zh: pick(MIGRATION.zh, [7, 9]),
      en: pick(MIGRATION.en, [7, 9]),
      beads: oneToOne(2),
      warnings: [],
    });
  });

  it('Trados Studio SDLXLIFF: structure units (translate="no") left out, <g>/<x/>/<mrk> segments read as one paragraph, GUID ids kept', () => {
    const bitext = parseBitext(fixture('handmade/trados-studio.sdlxliff'));
    expect(bitext).toMatchObject({ zh: pick(MIGRATION.zh, [0, 12, 13]), en: pick(MIGRATION.en, [0, 12, 13]), beads: oneToOne(3) });
    expect(bitext.units.map((u) => u.id)).toEqual([
      '7f2e6a14-3b1d-4d5c-9e8f-000000000011',
      '7f2e6a14-3b1d-4d5c-9e8f-000000000012',
      '7f2e6a14-3b1d-4d5c-9e8f-000000000013',
    ]);
  });

  it('Okapi XLIFF 1.2: SRX segmentation rules in the header, <note>, <alt-trans> and a unit not to translate are left out', () => {
    const bitext = parseBitext(fixture('handmade/okapi-srx.xlf'));
    expect(bitext).toMatchObject({ zh: pick(MIGRATION.zh, [1, 11, 13]), en: pick(MIGRATION.en, [1, 11, 13]), warnings: [] });
    expect(bitext.units.map((u) => u.id)).toEqual(['tu2', 'tu3', 'tu4']);
  });
});

describe('Chinese variants', () => {
  it('prefers zh-CN, zh-Hans and zh-SG to zh-TW and zh-HK in any order, and converts a Traditional-only unit with a warning', () => {
    const bitext = parseBitext(fixture('handmade/variants.tmx'));
    expect(bitext.zh).toEqual(pick(MIGRATION.zh, [1, 5, 6, 10]));
    expect(bitext.en).toEqual(pick(MIGRATION.en, [1, 5, 6, 10]));
    expect(bitext.units.map((u) => u.id)).toEqual(['m1', 'm5', 'm6', 'm10']);
    expect(bitext.warnings).toEqual([
      `${FIXTURES}/handmade/variants.tmx: 1 unit has Chinese only in Traditional characters ("zh-TW"; tu 3 (tuid "m6")): converted to Simplified with OpenCC`,
    ]);
  });

  it('converts Hong Kong Traditional by the Hong Kong standard', () => {
    const bitext = parseBitext(
      text('hk.tmx', tmx(tu({ 'zh-HK': '歐盟峯會為難民政策爭吵不休', en: 'The EU summit argues over refugees' }))),
    );
    expect(bitext.zh).toEqual([toSimplified('歐盟峯會為難民政策爭吵不休', 'hk')]);
    expect(bitext.zh).toEqual(['欧盟峰会为难民政策争吵不休']);
  });

  it('reads Traditional text labelled zh-CN by its characters: converted, with a warning naming the unit', () => {
    const bitext = parseBitext(text('t.tmx', tmx(tu({ 'zh-CN': '歐盟資金不會支付相關費用。', en: 'EU funds will not pay.' }, 'a'))));
    expect(bitext.zh).toEqual(['欧盟资金不会支付相关费用。']);
    expect(bitext.warnings).toEqual([
      't.tmx: Chinese labelled "zh-CN" is written in Traditional characters in 1 unit (tu 1 (tuid "a")): converted to Simplified with OpenCC',
    ]);
  });

  it('reads Simplified text labelled zh-TW as Simplified, with a warning', () => {
    const bitext = parseBitext(text('s.tmx', tmx(tu({ 'zh-TW': '欧盟资金不会支付相关费用。', en: 'EU funds will not pay.' }))));
    expect(bitext.zh).toEqual(['欧盟资金不会支付相关费用。']);
    expect(bitext.warnings).toEqual([
      's.tmx: Chinese labelled "zh-TW" is written in Simplified characters in 1 unit (tu 1): read as Simplified',
    ]);
  });

  it('takes a plain zh label and characters common to both scripts as they are', () => {
    expect(parseBitext(text('z.tmx', tmx(tu({ zh: '中文', en: 'Chinese' }))))).toMatchObject({ zh: ['中文'], warnings: [] });
  });
});

describe('language labels checked against the text', () => {
  it('reads a unit whose labels are swapped by its script, with a warning naming it', () => {
    const units = tu({ 'zh-CN': '第一段。', en: 'First.' }, 'a') + tu({ 'zh-CN': 'Second paragraph.', en: '第二段。' }, 'b');
    const bitext = parseBitext(text('swapped.tmx', tmx(units)));
    expect([bitext.zh, bitext.en]).toEqual([
      ['第一段。', '第二段。'],
      ['First.', 'Second paragraph.'],
    ]);
    expect(bitext.warnings).toEqual([
      'swapped.tmx: the variant labelled "zh-CN" holds English text in 1 unit (tu 2 (tuid "b")): read as English by its script',
      'swapped.tmx: the variant labelled "en" holds Chinese text in 1 unit (tu 2 (tuid "b")): read as Chinese by its script',
    ]);
  });

  it('refuses a unit whose English is other Chinese, naming the file and the unit', () => {
    const units = tu({ 'zh-CN': '第一段。', en: 'First.' }) + tu({ 'zh-CN': '第二段。', 'en-GB': '第三段。' }, 'u2');
    expect(errorOf(text('bad.tmx', tmx(units)))).toBe(
      'bad.tmx: tu 2 (tuid "u2"): the variant labelled "en-GB" holds Chinese text, another variant holds other Chinese, and none holds English',
    );
  });

  it('keeps a Chinese side written in Latin letters (an acronym), which Chinese text may be', () => {
    expect(parseBitext(text('apec.tmx', tmx(tu({ 'zh-CN': 'APEC', en: 'Asia-Pacific Economic Cooperation' }))))).toMatchObject({
      zh: ['APEC'],
      en: ['Asia-Pacific Economic Cooperation'],
      warnings: [],
    });
  });

  it('reads English prose quoting a Chinese name as English', () => {
    const bitext = parseBitext(text('name.tmx', tmx(tu({ 'zh-CN': '习近平说。', en: 'Xi Jinping (习近平) said.' }))));
    expect(bitext).toMatchObject({ en: ['Xi Jinping (习近平) said.'], warnings: [] });
  });

  it('reads a target that repeats its Chinese source as untranslated: a bead with no counterpart', () => {
    const units =
      '<trans-unit id="1"><source>第一段。</source><target>First.</target></trans-unit><trans-unit id="2"><source>第二段。</source><target state="new">第二段。</target></trans-unit>';
    const bitext = parseBitext(text('copy.xlf', xliff12('source-language="zh-CN" target-language="en"', units)));
    expect(bitext.beads.map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[1], []],
    ]);
    expect(bitext.warnings).toEqual(['copy.xlf: the English of 1 unit repeats the Chinese (trans-unit "2"): read as untranslated']);
  });

  it('reads an XLIFF whose source-language says Chinese over English sources by the text', () => {
    const units = '<trans-unit id="1"><source>First paragraph.</source><target>第一段。</target></trans-unit>';
    const bitext = parseBitext(text('flip.xlf', xliff12('source-language="zh-CN" target-language="en"', units)));
    expect([bitext.zh, bitext.en]).toEqual([['第一段。'], ['First paragraph.']]);
    expect(bitext.warnings).toEqual([
      'flip.xlf: source-language "zh-CN" does not match the sources, which are English: read as English',
      'flip.xlf: target-language "en" does not match the targets, which are Chinese: read as Chinese',
    ]);
  });
});

describe('inline codes and white space', () => {
  it('keeps the text of <g>, <mrk>, <hi> and <pc>, drops codes, and makes a break code a space, or nothing between Chinese', () => {
    const units =
      '<trans-unit id="1"><source>第一<x id="1" ctype="lb"/>段<ph id="2">&lt;br/&gt;</ph>。</source>' +
      '<target>First<x id="1" ctype="lb"/>line <g id="3"><mrk mtype="term">here</mrk></g>.<bpt id="4">&lt;b&gt;</bpt>x<ept id="4">&lt;/b&gt;</ept></target></trans-unit>';
    const bitext = parseBitext(text('codes.xlf', xliff12('source-language="zh-CN" target-language="en"', units)));
    expect([bitext.zh, bitext.en]).toEqual([['第一段。'], ['First line here.x']]);
  });

  it('joins an XLIFF 2 unit\'s segments and ignorables, and skips units, groups and files marked translate="no"', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="zh-CN">
      <file id="f1"><unit id="u1"><segment><source>One.</source><target>一。</target></segment><ignorable><source> </source></ignorable>
        <segment><source>Two <ph id="1"/><pc id="2">more</pc>.</source><target>二<sc id="3"/>更多<ec startRef="3"/>。</target></segment></unit>
        <unit id="u2" translate="no"><segment><source>Logo</source></segment></unit>
        <group id="g" translate="no"><unit id="u3"><segment><source>Menu</source></segment></unit></group></file>
      <file id="f2" translate="no"><unit id="u4"><segment><source>Code</source><target>代码</target></segment></unit></file>
    </xliff>`;
    const bitext = parseBitext(text('two.xlf', xml));
    // An ignorable without a target (it is optional) stands on both sides: its space joins the Chinese too.
    expect([bitext.zh, bitext.en]).toEqual([['一。 二更多。'], ['One. Two more.']]);
    expect(bitext.units).toEqual([{ zh: [0], en: [0], id: 'f1#u1' }]);
  });

  it('names units of a file with several <file> elements by file and id', () => {
    const file = (original: string) =>
      `<file original="${original}" source-language="zh" target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>${original}的标题</source><target>Title of ${original}</target></trans-unit></body></file>`;
    const bitext = parseBitext(text('two-files.xlf', `<xliff version="1.2">${file('a.html')}${file('b.html')}</xliff>`));
    expect(bitext.units.map((u) => u.id)).toEqual(['a.html#1', 'b.html#1']);
  });
});

describe('bad bilingual files: one line naming the file, the unit where there is one, and the problem', () => {
  it('neither side Chinese', () => {
    const units = tu({ 'en-US': 'Hello there.', 'fr-FR': 'Bonjour.' });
    expect(errorOf(text('en-fr.tmx', tmx(units)))).toBe('en-fr.tmx: neither side is Chinese (languages found: en-US, fr-FR)');
    const xliff = xliff12(
      'source-language="de" target-language="en"',
      '<trans-unit id="1"><source>Hallo.</source><target>Hello.</target></trans-unit>',
    );
    expect(errorOf(text('de-en.xlf', xliff))).toBe('de-en.xlf: neither side is Chinese (languages found: de, en)');
  });

  it('XML that is not well formed, with its line', () => {
    expect(errorOf(text('broken.tmx', '<tmx version="1.4">\n<body>\n<tu></body></tmx>'))).toBe(
      "broken.tmx: is not well-formed XML (line 3: Expected closing tag 'tu' (opened in line 3, col 1) instead of closing tag 'body'.)",
    );
  });

  it('a file with no unit of text', () => {
    expect(errorOf(text('empty.xlf', xliff12('source-language="zh-CN" target-language="en"', '')))).toBe(
      'empty.xlf: holds no unit with text',
    );
  });

  it('a language this program does not read', () => {
    expect(errorOf(text('ja.tmx', tmx(tu({ 'ja-JP': 'こんにちは。' }))))).toBe(
      'ja.tmx: holds no Chinese or English text (languages found: ja-JP)',
    );
  });

  it('an XLIFF version that does not exist, and XML that is neither TMX nor XLIFF', () => {
    expect(errorOf(text('v3.xlf', '<xliff version="3.0"/>'))).toBe('v3.xlf: is XLIFF version "3.0"; 1.1, 1.2 and 2.x are read');
    expect(errorOf(text('page.xml', '<html><body/></html>'))).toBe('page.xml: is neither TMX nor XLIFF (root element <html>)');
  });
});

describe('one language only', () => {
  it('an English-only TMX becomes an English-only document, said so', () => {
    const bitext = parseBitext(text('en.tmx', tmx(tu({ 'en-GB': 'Only English.' }))));
    expect(bitext).toMatchObject({
      zh: [],
      en: ['Only English.'],
      warnings: ['en.tmx: holds no Chinese text: imported as an English-only document'],
    });
  });
});

describe("input beyond the XML parser's limits", () => {
  it('refuses elements nested too deep with an ImportError naming the file, not a crash', () => {
    const deep = tmx(tu({ zh: `${'<hi>'.repeat(5_000)}网${'</hi>'.repeat(5_000)}`, en: 'x' }));
    expect(errorOf(text('deep.tmx', deep))).toMatch(/^deep\.tmx: cannot be read as XML \(.+\)$/u);
  });
});
