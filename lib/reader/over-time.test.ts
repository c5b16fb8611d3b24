import { describe, expect, it } from 'vitest';
import { MAX_OVER_TIME_ROWS, renderingsByPeriod, type RenderingsInDocument } from './terms';

const doc = (date: string, counts: number[], notFound = 0): RenderingsInDocument => ({
  slug: `doc-${date}-${counts.join('-')}`,
  title: date,
  publisher: 'Qiushi',
  date,
  kind: 'bilingual',
  href: '/read/x',
  counts,
  links: counts.map(() => []),
  notFound,
  notFoundLinks: [],
});

/** `n` documents, oldest first, one every `step` days from 2020-01-01. */
const library = (n: number, step: number) =>
  Array.from({ length: n }, (_, i) => doc(new Date(Date.UTC(2020, 0, 1 + i * step)).toISOString().slice(0, 10), [i % 3, 1], i % 2));

describe('renderingsByPeriod', () => {
  it('leaves a library small enough for one row per document as it is', () => {
    expect(renderingsByPeriod(library(MAX_OVER_TIME_ROWS, 40))).toBeUndefined();
  });

  it('sums per month where the months fit, per year where they do not, keeping every count and date order', () => {
    for (const [docs, width] of [
      [library(MAX_OVER_TIME_ROWS + 1, 3), 7],
      [library(300, 40), 4],
    ] as const) {
      const periods = renderingsByPeriod(docs)!;
      expect(periods.every((p) => p.period.length === width)).toBe(true);
      expect(periods.length).toBe(new Set(docs.map((d) => d.date.slice(0, width))).size);
      expect(periods.map((p) => p.period)).toEqual([...periods.map((p) => p.period)].sort());
      expect(periods.reduce((n, p) => n + p.documents, 0)).toBe(docs.length);
      for (const i of [0, 1]) {
        expect(periods.reduce((n, p) => n + (p.counts[i] ?? 0), 0)).toBe(docs.reduce((n, d) => n + (d.counts[i] ?? 0), 0));
      }
      expect(periods.reduce((n, p) => n + p.notFound, 0)).toBe(docs.reduce((n, d) => n + d.notFound, 0));
    }
  });
});
