import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type Bead } from '@/lib/align';
import { splitParagraphs } from '@/lib/corpus';

const RUNS = 300;

/** Every paragraph of both sides in exactly one bead, indices in range and in reading order. */
function expectValidAlignment(beads: readonly Bead[], zhCount: number, enCount: number) {
  const zh = beads.flatMap((b) => b.zh);
  const en = beads.flatMap((b) => b.en);
  expect(zh).toEqual(Array.from({ length: zhCount }, (_, i) => i));
  expect(en).toEqual(Array.from({ length: enCount }, (_, i) => i));
  for (const bead of beads) {
    expect(bead.zh.length + bead.en.length).toBeGreaterThan(0);
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
  }
}

const paragraph = fc.oneof(
  fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength: 120, unit: fc.constantFrom(...'网络法治强国建设十一二三、。“”《》1234567890 ') }),
  fc.constantFrom(
    'One',
    'Eleven',
    'Twenty-six',
    '十一',
    '二十六',
    '1.',
    'II.',
    '2013年1月5日',
    'January 5, 2013',
    '※',
    '<script>alert(1)</script>',
  ),
);

describe('alignParagraphs on arbitrary input', () => {
  it('always returns a valid alignment', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 40 }), fc.array(paragraph, { maxLength: 40 }), (zh, en) => {
        expectValidAlignment(alignParagraphs(zh, en), zh.length, en.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('aligns text that went through paragraph splitting (CRLF, CR, BOM, U+3000, U+00A0)', () => {
    const noise = fc.constantFrom('\r\n', '\r', '\n', '\n\n', '\u3000\n', '\u00a0\r\n', '\uFEFF', ' ');
    const text = fc.array(fc.oneof(paragraph, noise), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (zhText, enText) => {
        const zh = splitParagraphs(zhText);
        const en = splitParagraphs(enText);
        expectValidAlignment(alignParagraphs(zh, en), zh.length, en.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('handles one empty side', () => {
    expectValidAlignment(alignParagraphs([], ['a', 'b']), 0, 2);
    expectValidAlignment(alignParagraphs(['甲', '乙', '丙'], []), 3, 0);
    expect(alignParagraphs([], [])).toEqual([]);
  });

  it('handles a single 1 MB paragraph on each side', () => {
    const zh = ['网络法治'.repeat(262_144)];
    const en = ['cyber law '.repeat(104_858)];
    expectValidAlignment(alignParagraphs(zh, en), 1, 1);
  });

  it('handles 5,000 tiny paragraphs against 4,990', () => {
    const zh = Array.from({ length: 5000 }, (_, i) => `第${i}条`);
    const en = Array.from({ length: 4990 }, (_, i) => `Article ${i}`);
    expectValidAlignment(alignParagraphs(zh, en), zh.length, en.length);
  });

  it('aligns Traditional Chinese input', () => {
    const zh = ['網絡強國建設', '十一', '依法治網是網絡強國建設的重要內容。'];
    const en = [
      'Building a cyber power',
      'Eleven',
      'Governing the Internet according to law is an important part of building a cyber power.',
    ];
    const beads = alignParagraphs(zh, en);
    expectValidAlignment(beads, 3, 3);
    expect(beads.map((b) => [b.zh, b.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});
