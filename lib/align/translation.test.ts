import { describe, expect, it } from 'vitest';
import { translationModel } from './translation';
import type { Bead, Lexicon } from './types';

describe('word pairs learnt from the document', () => {
  // "峰会"/"summit" is in no dictionary entry, but stands in two beads that the dictionary shows to be translations.
  const zh = ['苹果树喜欢凉爽的天气，峰会在秋天召开。', '香蕉需要温暖湿润的气候，峰会担心台风。', '峰会结束了。', '结论很简单。'];
  const en = [
    'Apple trees like cool weather; the summit meets in autumn.',
    'Bananas need a warm, humid climate; the summit fears typhoons.',
    'The summit ended.',
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
  const beads: Bead[] = zh.map((_, k) => ({ zh: [k], en: [k], confidence: 1 }));

  it('raises a bead whose only shared word is the learnt pair, and lowers one that lacks it', () => {
    const model = translationModel(zh, en, lexicon);
    model.train(beads);
    const right = model.score(2, 1, 2, 1);
    const wrong = model.score(3, 1, 2, 1);
    model.learn(beads);
    expect(model.score(2, 1, 2, 1)).toBeGreaterThan(right + 1);
    expect(model.score(3, 1, 2, 1)).toBeLessThan(wrong);
  });

  it('links a stem to one bigram of a word and a bigram to one stem (competitive linking)', () => {
    // 救援队 "rescue team": both bigrams, 救援 and 援队, always stand with both stems; one to one, each stem is
    // learnt once, so that 救援物资 ("relief supplies") does not account for "team" as well as "rescue".
    const zhTeam = ['苹果树喜欢凉爽的天气，救援队在秋天出发。', '香蕉需要温暖湿润的气候，救援队担心台风。', '救援物资到了。'];
    const enTeam = [
      'Apple trees like cool weather; the rescue team sets out in autumn.',
      'Bananas need a warm, humid climate; the rescue team fears typhoons.',
      'The relief supplies arrived.',
    ];
    const model = translationModel(zhTeam, enTeam, lexicon);
    const team: Bead[] = zhTeam.map((_, k) => ({ zh: [k], en: [k], confidence: 1 }));
    model.train(team);
    const pairs = model.learn(team);
    expect(pairs.map((pair) => pair.en).sort()).toEqual(['rescu', 'team']);
    expect(new Set(pairs.map((pair) => pair.zh))).toEqual(new Set(['救援', '援队']));
  });

  it('learns nothing from beads without dictionary evidence', () => {
    const zhAlone = ['峰会结束了。', '峰会开始了。', '结论很简单。'];
    const enAlone = ['The summit ended.', 'The summit began.', 'The conclusion is simple.'];
    const model = translationModel(zhAlone, enAlone, lexicon);
    const alone: Bead[] = zhAlone.map((_, k) => ({ zh: [k], en: [k], confidence: 1 }));
    model.train(alone);
    const before = model.score(0, 1, 0, 1);
    model.learn(alone);
    expect(model.score(0, 1, 0, 1)).toBe(before);
  });
});
