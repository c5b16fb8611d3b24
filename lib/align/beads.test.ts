import { describe, expect, it } from 'vitest';
import { BeadFormatError, formatBeads, parseBeads, scoreBeads, type Bead } from './index';

const beads: Bead[] = [
  { zh: [0, 1], en: [0], confidence: 1 },
  { zh: [], en: [1], confidence: 1 },
  { zh: [2], en: [], confidence: 1 },
  { zh: [3], en: [2, 3], confidence: 1 },
];

describe('formatBeads / parseBeads', () => {
  it('writes one zh<TAB>en line per bead, empty side empty, no comments', () => {
    expect(formatBeads(beads)).toBe('0,1\t0\n\t1\n2\t\n3\t2,3\n');
    expect(formatBeads([])).toBe('');
  });

  it('round-trips, skipping comments and blank lines', () => {
    expect(parseBeads(`# zh\ten\n${formatBeads(beads)}\n`)).toEqual(beads);
  });

  it.each([
    ['0\t1\n1,x\t2\n', 'f.tsv (line 2): zh index "x" is not a non-negative integer'],
    ['0 1\n', 'f.tsv (line 1): expected 2 tab-separated fields, found 1'],
    ['# c\n\t\n', 'f.tsv (line 2): bead has no paragraphs on either side'],
    ['2,1\t0\n', 'f.tsv (line 1): zh indices must ascend, got 2,1'],
    ['0\t-1\n', 'f.tsv (line 1): en index "-1" is not a non-negative integer'],
  ])('rejects %j naming file and line', (tsv, message) => {
    expect(() => parseBeads(tsv, 'f.tsv')).toThrow(BeadFormatError);
    expect(() => parseBeads(tsv, 'f.tsv')).toThrow(message);
  });
});

describe('scoreBeads', () => {
  it('counts exact bead matches', () => {
    const predicted: Bead[] = [
      { zh: [0], en: [0], confidence: 0.5 },
      { zh: [1], en: [], confidence: 0.5 },
      { zh: [], en: [1], confidence: 0.5 },
      { zh: [2], en: [], confidence: 0.5 },
      { zh: [3], en: [2, 3], confidence: 0.5 },
    ];
    const score = scoreBeads(predicted, beads);
    expect(score.precision).toBeCloseTo(3 / 5);
    expect(score.recall).toBeCloseTo(3 / 4);
    expect(score.f1).toBeCloseTo((2 * (3 / 5) * (3 / 4)) / (3 / 5 + 3 / 4));
  });

  it('scores empty against empty as perfect and anything against nothing as zero', () => {
    expect(scoreBeads([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scoreBeads(beads, [])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
