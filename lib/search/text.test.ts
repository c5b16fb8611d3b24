import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SYLLABLE_LENGTH, PINYIN_SYLLABLES } from './syllables';
import { MAX_PINYIN_PARSES, MAX_PINYIN_SYLLABLES, parsePinyinQuery } from './text';

/** Every reading of a letter group, by plain enumeration: the reference the bounded reader must agree with. */
function allReadings(group: string): string[][] {
  if (group === '') return [[]];
  const readings: string[][] = [];
  for (let length = Math.min(MAX_SYLLABLE_LENGTH, group.length); length > 0; length--) {
    const head = group.slice(0, length);
    if (!PINYIN_SYLLABLES.has(head)) continue;
    for (const rest of allReadings(group.slice(length))) readings.push([head, ...rest]);
  }
  return readings;
}

const SYLLABLES = [...PINYIN_SYLLABLES];

describe('parsePinyinQuery', () => {
  it('keeps the best readings of a letter group, fewest syllables first, as enumerating them all would', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 6 }), (syllables) => {
        const group = syllables.join('');
        const expected = allReadings(group)
          .sort((a, b) => a.length - b.length)
          .slice(0, MAX_PINYIN_PARSES);
        expect(parsePinyinQuery(group)?.readings).toEqual(expected);
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  it('reads "wangluo" typed 24 times over (2²⁴ readings) as 48 syllables, and keeps only a few readings', () => {
    const parsed = parsePinyinQuery('wangluo'.repeat(24));
    expect(parsed?.readings[0]).toEqual(Array.from({ length: 24 }, () => ['wang', 'luo']).flat());
    expect(parsed?.readings.length).toBe(MAX_PINYIN_PARSES);
  });

  it('reads 5,000 letters without exhausting the stack, and refuses more than MAX_PINYIN_SYLLABLES syllables', () => {
    expect(() => parsePinyinQuery('a'.repeat(5000))).not.toThrow();
    expect(parsePinyinQuery('a'.repeat(5000))).toBeUndefined();
    expect(parsePinyinQuery('a '.repeat(MAX_PINYIN_SYLLABLES + 1))).toBeUndefined();
    expect(parsePinyinQuery('a '.repeat(MAX_PINYIN_SYLLABLES))?.readings[0]).toHaveLength(MAX_PINYIN_SYLLABLES);
  });

  it('skips tone digits and keeps apostrophes as syllable boundaries', () => {
    expect(parsePinyinQuery('wang3luo4')?.readings[0]).toEqual(['wang', 'luo']);
    expect(parsePinyinQuery("xi'an")?.readings).toEqual([['xi', 'an']]);
    expect(parsePinyinQuery('xian')?.readings).toEqual([['xian'], ['xi', 'an']]);
  });
});
