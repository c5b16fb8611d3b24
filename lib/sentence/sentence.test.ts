import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBeads, type Bead } from '../align';
import { corpusDocument } from '../../tests/unit/corpus-index';
import { buildLexicon } from '../dict';
import { segmentParagraph } from '../segment';
import * as api from './index';
import {
  dropSentences,
  parseSentenceLinks,
  scoreSentenceLinks,
  sentenceLinks,
  type SentenceLink,
} from '../../scripts/lib/eval/sentence-gold';
import { alignSentences, splitSentences } from './index';

const texts = (text: string, lang: 'zh' | 'en') => splitSentences(text, lang).map((s) => s.text);

function document(slug: string): { zh: string[]; en: string[]; beads: Bead[]; links: SentenceLink[] } {
  const doc = corpusDocument(slug);
  if (!doc?.zh || !doc.en) throw new Error(`${slug} is not a bilingual corpus document`);
  const beads = parseBeads(readFileSync(path.join('tests', 'fixtures', 'gold', `${slug}.tsv`), 'utf8'));
  const file = path.join('tests', 'fixtures', 'sentence-gold', `${slug}.tsv`);
  return { zh: doc.zh, en: doc.en, beads, links: parseSentenceLinks(readFileSync(file, 'utf8'), file) };
}

const lexiconFor = (zh: readonly string[]) =>
  buildLexicon(new Set(zh.flatMap((p) => segmentParagraph(p).flatMap((t) => (t.kind === 'word' ? [t.text] : [])))));

describe('public API', () => {
  it('exports these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'SENTENCE_DELETION_COST',
      'SENTENCE_MAX_GROUP',
      'SHOW_FLAG_ABOVE',
      'alignSentences',
      'isShownFlag',
      'splitSentences',
    ]);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Mr. Li met Dr. Wang in the U.S. capital. They talked.', ['Mr. Li met Dr. Wang in the U.S. capital.', 'They talked.']],
    ['Growth was 5.2 percent. Prices rose 0.3%.', ['Growth was 5.2 percent.', 'Prices rose 0.3%.']],
    ['See Qiushi No. 14 of 2024. It is online.', ['See Qiushi No. 14 of 2024.', 'It is online.']],
    ['J. R. R. Tolkien wrote it. We read it.', ['J. R. R. Tolkien wrote it.', 'We read it.']],
    ['Use e.g. pinyin, i.e. romanised Chinese. Then stop.', ['Use e.g. pinyin, i.e. romanised Chinese.', 'Then stop.']],
    ['1. Deeply study and understand. Then act.', ['1. Deeply study and understand.', 'Then act.']],
    ['II. Accurately grasp the new situation', ['II. Accurately grasp the new situation']],
    ['10\n9. We must insist on self-confidence.', ['10', '9. We must insist on self-confidence.']],
    [
      'Mr. Lu Xun once said, "What is a road? It is trampled out." He was right.',
      ['Mr. Lu Xun once said, "What is a road?', 'It is trampled out."', 'He was right.'],
    ],
    ['Is it good? Yes! it is.', ['Is it good?', 'Yes! it is.']],
    ['', []],
  ])('English %j', (text, expected) => {
    expect(texts(text, 'en')).toEqual(expected);
  });

  it.each([
    ['法治兴则国兴,法治强则国强。网络法治是时代需求。', ['法治兴则国兴,法治强则国强。', '网络法治是时代需求。']],
    [
      '鲁迅先生说过:“什么是路?就是从没路的地方践踏出来的。”我们要走下去!',
      ['鲁迅先生说过:“什么是路?', '就是从没路的地方践踏出来的。”', '我们要走下去!'],
    ],
    ['我们能照谁的模式办？谁又能指手画脚告诉我们该怎么办？', ['我们能照谁的模式办？', '谁又能指手画脚告诉我们该怎么办？']],
    ['必须坚持党管互联网;必须坚持以人民为中心；等等。', ['必须坚持党管互联网;', '必须坚持以人民为中心；', '等等。']],
    ['（2013年1月5日在研讨班上的讲话）', ['（2013年1月5日在研讨班上的讲话）']],
    ['“橘生淮南则为橘,生于淮北则为枳”。', ['“橘生淮南则为橘,生于淮北则为枳”。']],
    ['(在新进中央委员会的委员\n学习贯彻研讨班上的讲话)', ['(在新进中央委员会的委员', '学习贯彻研讨班上的讲话)']],
  ])('Chinese %j', (text, expected) => {
    expect(texts(text, 'zh')).toEqual(expected);
  });

  it('gives every sentence as the trimmed slice of its paragraph at its offsets, in order, missing nothing but space', () => {
    const piece = fc.constantFrom(
      'Mr. ',
      'No. 14',
      '3.5',
      '. ',
      '? ',
      '"',
      '”',
      '。',
      '；',
      ';',
      '\n',
      '  ',
      'Word',
      'word',
      '中国',
      'U.S. ',
      '1. ',
      '\u3000',
      '𠀀',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.constantFrom('zh' as const, 'en' as const),
        fc.nat(9),
        (pieces, lang, paragraph) => {
          const text = pieces.join('');
          const sentences = splitSentences(text, lang, paragraph);
          let at = 0;
          for (const s of sentences) {
            expect(s.paragraph).toBe(paragraph);
            expect(s.text).toBe(text.slice(s.start, s.end));
            expect(s.text).toBe(s.text.trim());
            expect(s.text).not.toBe('');
            expect(text.slice(at, s.start).trim(), 'only space between sentences').toBe('');
            at = s.end;
          }
          expect(text.slice(at).trim()).toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('alignSentences on the corpus', () => {
  const cyberLaw = document('qiushi-2024-14-cyber-law');
  const lexicon = lexiconFor(cyberLaw.zh);
  const aligned = alignSentences(cyberLaw.zh, cyberLaw.en, cyberLaw.beads, { lexicon });

  it('keeps an eight-clause ；-list that the English renders as one sentence in one bead, with nothing marked left out', () => {
    const bead = aligned[12]!.map((b) => ({ zh: b.zh.map((s) => s.text.slice(0, 12)), en: b.en.map((s) => s.text.slice(0, 30)) }));
    expect(bead).toEqual([
      { zh: ['这些成绩的取得,根本在于'], en: ['The fundamental reason for the'] },
      { zh: ['网络法治建设走过的不平凡'], en: ['The extraordinary journey of c'] },
      {
        zh: [
          '这些宝贵经验包括:必须坚',
          '必须坚持党管互联网,加强',
          '必须坚持以人民为中心的发',
          '必须坚持走中国特色依法治',
          '必须坚持把握网络法治工作',
          '必须坚持推进网络法治工作',
          '必须坚持凝聚网络法治工作',
          '等等。',
        ],
        en: ['These valuable experiences inc'],
      },
      { zh: ['这些宝贵经验要长期坚持,'], en: ['These valuable experiences sho'] },
    ]);
  });

  it('matches the sentence gold of cyber-law but for the one bead whose clauses cross three English sentences', () => {
    const predicted = sentenceLinks(aligned);
    const gold = cyberLaw.links;
    const key = (l: SentenceLink) => `${l.bead}|${l.zh}|${l.en}`;
    expect(predicted.filter((l) => !gold.map(key).includes(key(l)))).toEqual([
      { bead: 5, zh: [0, 1], en: [0, 1] },
      { bead: 5, zh: [2, 3, 4, 5], en: [2] },
    ]);
    expect(scoreSentenceLinks(predicted, gold).f1).toBeCloseTo(0.985, 3);
  });

  it('puts every sentence of each paragraph bead in exactly one sentence bead, in order', () => {
    aligned.forEach((beads, k) => {
      const bead = cyberLaw.beads[k]!;
      expect(beads.flatMap((b) => b.zh)).toEqual(bead.zh.flatMap((p) => splitSentences(cyberLaw.zh[p]!, 'zh', p)));
      expect(beads.flatMap((b) => b.en)).toEqual(bead.en.flatMap((p) => splitSentences(cyberLaw.en[p]!, 'en', p)));
    });
  });

  it('flags English sentences whose Chinese was cut out as having no counterpart, raising no false flag', () => {
    const selfConfidence = document('qiushi-2024-14-self-confidence');
    const dropped = dropSentences(selfConfidence.zh, selfConfidence.en, selfConfidence.beads, selfConfidence.links, 'zh', 7);
    const expected = dropped.links.filter((l) => l.zh.length === 0);
    expect(expected.length).toBeGreaterThan(0);
    const predicted = sentenceLinks(
      alignSentences(dropped.zh, dropped.en, selfConfidence.beads, { lexicon: lexiconFor(selfConfidence.zh) }),
    );
    expect(predicted.filter((l) => l.zh.length === 0 || l.en.length === 0)).toEqual(expected);
  });

  it('gives safe results on empty input', () => {
    expect(alignSentences([], [], [])).toEqual([]);
    expect(alignSentences([''], ['Text.'], [{ zh: [0], en: [0], confidence: 1 }])).toEqual([
      [{ zh: [], en: [{ paragraph: 0, start: 0, end: 5, text: 'Text.' }], confidence: 1 }],
    ]);
  });
});
