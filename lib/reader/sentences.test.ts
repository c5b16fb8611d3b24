import { describe, expect, it } from 'vitest';
import type { Bead } from '../align';
import { SHOW_FLAG_ABOVE, type SentenceBead } from '../sentence';
import { decodeRenderings } from './paragraph-markup';
import { omissionsOf, sentenceMarkup, sentencePairAt } from './sentences';

const zh = ['甲句。乙句。丙句。'];
const en = ['First. Third.'];
const sentence = (paragraph: number, start: number, end: number, text: string) => ({ paragraph, start, end, text });
const bead: Bead = { zh: [0], en: [0], confidence: 1 };
const pairs: SentenceBead[] = [
  { zh: [sentence(0, 0, 3, '甲句。')], en: [sentence(0, 0, 6, 'First.')], confidence: 1 },
  { zh: [sentence(0, 3, 6, '乙句。')], en: [], confidence: 0.9 },
  { zh: [sentence(0, 6, 9, '丙句。')], en: [sentence(0, 7, 13, 'Third.')], confidence: 1 },
];

describe('sentence markup', () => {
  it('names each sentence by its pair and lists the ones with no partner', () => {
    const zhMarkup = sentenceMarkup(bead, pairs, 'zh', 0);
    expect(decodeRenderings(zhMarkup.spans)).toEqual([
      { start: 0, end: 3, ids: ['0'] },
      { start: 3, end: 6, ids: ['1'] },
      { start: 6, end: 9, ids: ['2'] },
    ]);
    expect(zhMarkup.alone).toBe('1');
    expect(sentenceMarkup(bead, pairs, 'en', 0)).toEqual({ spans: '0-6:0 7-13:2', alone: '' });
  });

  it('leaves beads with a missing side unmarked below the paragraph', () => {
    expect(sentenceMarkup({ zh: [0], en: [], confidence: 1 }, [], 'zh', 0)).toEqual({ spans: '', alone: '' });
  });

  it('lists sentence omissions and whole-paragraph additions in reading order', () => {
    const beads: Bead[] = [bead, { zh: [], en: [1], confidence: 1 }];
    const omissions = omissionsOf('doc', beads, [pairs, []], { zh, en: [...en, 'Added.'] });
    expect(omissions).toEqual([
      { side: 'zh', bead: 1, href: '/read/doc#b1', text: '乙句。', paragraph: false, confidence: 0.9 },
      { side: 'en', bead: 2, href: '/read/doc#b2', text: 'Added.', paragraph: true, confidence: 1 },
    ]);
  });

  it('leaves out sentence flags the aligner is not sure enough of, in the list and below the paragraph', () => {
    const unsure = pairs.map((p) => (p.en.length === 0 ? { ...p, confidence: SHOW_FLAG_ABOVE / 2 } : p));
    expect(omissionsOf('doc', [bead], [unsure], { zh, en })).toEqual([]);
    expect(sentenceMarkup(bead, unsure, 'zh', 0).alone).toBe('');
  });

  it('finds the sentence pair around an offset', () => {
    expect(sentencePairAt(pairs, 'zh', 0, 7)?.partners.map((s) => s.text)).toEqual(['Third.']);
    expect(sentencePairAt(pairs, 'en', 0, 2)?.sentence.text).toBe('First.');
    expect(sentencePairAt(pairs, 'zh', 0, 40)).toBeUndefined();
  });
});
