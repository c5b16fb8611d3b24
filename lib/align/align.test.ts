import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDocument } from '../../tests/unit/corpus-index';
import * as api from './index';
import { alignParagraphs, galeChurchBaseline, parseBeads, scoreBeads, type Bead, type Lexicon } from './index';

const BILINGUAL = ['qiushi-2024-14-contents', 'qiushi-2024-14-cyber-law', 'qiushi-2024-14-self-confidence'];

function pair(slug: string): { zh: string[]; en: string[] } {
  const doc = corpusDocument(slug);
  if (!doc?.zh || !doc.en) throw new Error(`${slug} is not a bilingual corpus document`);
  return { zh: doc.zh, en: doc.en };
}

function gold(slug: string): Bead[] {
  const file = path.join('tests', 'fixtures', 'gold', `${slug}.tsv`);
  return parseBeads(readFileSync(file, 'utf8'), file);
}

const indices = (beads: readonly Bead[]) => beads.map(({ zh, en }) => ({ zh, en }));

/** Every paragraph of each side in exactly one bead, in order, and every confidence in [0, 1]. */
function expectWellFormed(beads: readonly Bead[], zhCount: number, enCount: number) {
  expect(
    beads.flatMap((b) => b.zh),
    'zh paragraphs, each once, in order',
  ).toEqual([...Array(zhCount).keys()]);
  expect(
    beads.flatMap((b) => b.en),
    'en paragraphs, each once, in order',
  ).toEqual([...Array(enCount).keys()]);
  for (const bead of beads) {
    expect(bead.zh.length + bead.en.length, 'no empty bead').toBeGreaterThan(0);
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
  }
}

describe('public API', () => {
  it('exports these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BeadFormatError',
      'CHECK_ALIGNMENT_BELOW',
      'DEFAULT_ALIGN_OPTIONS',
      'alignParagraphs',
      'alignWithinGroups',
      'extractAnchors',
      'formatBeads',
      'galeChurchBaseline',
      'numberHeading',
      'parseBeads',
      'parseChineseNumeral',
      'parseEnglishNumber',
      'parseRomanNumeral',
      'scoreBeads',
      'startsWithNumber',
    ]);
  });
});

describe('alignParagraphs on the corpus', () => {
  it.each(BILINGUAL)('reproduces the gold alignment of %s exactly', (slug) => {
    const { zh, en } = pair(slug);
    const beads = alignParagraphs(zh, en);
    expect(indices(beads)).toEqual(indices(gold(slug)));
    expectWellFormed(beads, zh.length, en.length);
  });

  it('keeps the English-only section numbers One…Ten as 0:1 beads and merges 十九 into the "10\\n9." paragraph', () => {
    const { zh, en } = pair('qiushi-2024-14-self-confidence');
    const beads = indices(alignParagraphs(zh, en));
    const insertions = beads.filter((b) => b.zh.length === 0).map((b) => en[b.en[0]!]);
    expect(insertions).toEqual(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten']);
    expect(beads).toContainEqual({ zh: [54, 55], en: [63] });
  });

  it('beats plain Gale–Church where the texts differ in structure, and matches it where they do not', () => {
    const scores = BILINGUAL.map((slug) => {
      const { zh, en } = pair(slug);
      return [scoreBeads(alignParagraphs(zh, en), gold(slug)).f1, scoreBeads(galeChurchBaseline(zh, en), gold(slug)).f1];
    });
    expect(scores.map(([ours]) => ours)).toEqual([1, 1, 1]);
    const selfConfidence = scores[2]!;
    expect(selfConfidence[1], 'baseline F1 on self-confidence').toBeLessThan(0.9);
  });
});

describe('alignParagraphs on odd input', () => {
  it('gives all 1:0 beads when the English is empty, and all 0:1 when the Chinese is', () => {
    expect(alignParagraphs(['甲', '乙'], [])).toEqual([
      { zh: [0], en: [], confidence: 1 },
      { zh: [1], en: [], confidence: 1 },
    ]);
    expect(alignParagraphs([], ['A'])).toEqual([{ zh: [], en: [0], confidence: 1 }]);
    expect(alignParagraphs([], [])).toEqual([]);
  });

  it('handles a huge paragraph, empty strings and very unequal counts', () => {
    const zh = ['国'.repeat(200_000), '', '短'];
    const en = Array.from({ length: 300 }, (_, k) => `Paragraph ${k} of a long English text.`);
    const beads = alignParagraphs(zh, en);
    expectWellFormed(beads, zh.length, en.length);
    expectWellFormed(galeChurchBaseline(zh, en), zh.length, en.length);
  });

  it('puts every paragraph of any input in exactly one bead, in order', () => {
    const paragraph = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('十一', 'Eleven', '10\n9. We', '一、', '“引”', '2013年1月5日'),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), fc.array(paragraph, { maxLength: 30 }), (zh, en) => {
        expectWellFormed(alignParagraphs(zh, en), zh.length, en.length);
        expectWellFormed(galeChurchBaseline(zh, en), zh.length, en.length);
      }),
      { numRuns: 200 },
    );
  });

  it('aligns a long synthetic pair (the corpus repeated) into well-formed beads', () => {
    const zh: string[] = [];
    const en: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      for (const slug of BILINGUAL) {
        const doc = pair(slug);
        zh.push(...doc.zh);
        en.push(...doc.en);
      }
    }
    expectWellFormed(alignParagraphs(zh, en), zh.length, en.length);
  });
});

describe('lexicon evidence', () => {
  const zh = ['苹果树喜欢凉爽的天气，农民每年秋天收获苹果。', '香蕉需要温暖湿润的气候，果农担心台风。', '结论很简单。'];
  // The translator swapped the first two paragraphs.
  const en = [
    'Bananas need a warm, humid climate; growers fear typhoons.',
    'Apple trees like cool weather; farmers harvest apples every autumn.',
    'The conclusion is simple.',
  ];
  const lexicon: Lexicon = {
    entries: [
      { zh: '香蕉', en: ['banana', 'bananas'] },
      { zh: '台风', en: ['typhoon', 'typhoons'] },
      { zh: '气候', en: ['climate'] },
      { zh: '苹果', en: ['apple', 'apples'] },
      { zh: '秋天', en: ['autumn'] },
      { zh: '天气', en: ['weather'] },
    ],
  };

  it('pairs by length alone without a lexicon', () => {
    expect(indices(alignParagraphs(zh, en))).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
      { zh: [2], en: [2] },
    ]);
  });

  it('groups the swapped paragraphs into a 2:2 bead when the lexicon shows they cross', () => {
    expect(indices(alignParagraphs(zh, en, { lexicon }))).toEqual([
      { zh: [0, 1], en: [0, 1] },
      { zh: [2], en: [2] },
    ]);
  });

  it('matches English renderings as whole words only', () => {
    // Word stems that a substring search would find inside "Bananas", "typhoons", "apples"…
    const stems = ['banan', 'typh', 'clim', 'appl', 'autum', 'weath'];
    const partial: Lexicon = { entries: lexicon.entries.map(({ zh: word }, k) => ({ zh: word, en: [stems[k]!] })) };
    expect(indices(alignParagraphs(zh, en, { lexicon: partial }))).toEqual(indices(alignParagraphs(zh, en)));
  });
});
