import { describe, expect, it } from 'vitest';
import { parseSentenceLinks } from './sentence-gold';

describe('parseSentenceLinks', () => {
  it('reads bead, zh and en indices, skipping comments', () => {
    expect(parseSentenceLinks('# c\n0\t0\t0,1\n3\t\t2\n')).toEqual([
      { bead: 0, zh: [0], en: [0, 1] },
      { bead: 3, zh: [], en: [2] },
    ]);
  });
  it('names file and line of a bad line', () => {
    expect(() => parseSentenceLinks('0\t0\n', 'g.tsv')).toThrow('g.tsv (line 1): expected 3 tab-separated fields, found 2');
    expect(() => parseSentenceLinks('0\t\t\n', 'g.tsv')).toThrow('g.tsv (line 1): sentence bead has no sentences on either side');
  });
});
