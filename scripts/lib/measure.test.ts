import { describe, expect, it } from 'vitest';
import { percentile, turnOrder } from './measure';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order of the values', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('turnOrder', () => {
  it('lets the builds go first in turn', () => {
    expect([0, 1, 2, 3].map((round) => turnOrder(['this', 'baseline'], round)[0])).toEqual(['this', 'baseline', 'this', 'baseline']);
  });
});
