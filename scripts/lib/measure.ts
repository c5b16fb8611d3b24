/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest value with at least p% of
 * the values at or below it. One formula for every bench, so their p95 figures compare.
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Runs `run` once and says how long it took, in milliseconds. */
export function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** Bytes in KiB with one decimal, as every bench prints sizes. */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The order in which builds take their turn in `round`: flipped every round, so neither always goes first. */
export function turnOrder<T>(builds: readonly T[], round: number): readonly T[] {
  return round % 2 === 0 ? builds : [...builds].reverse();
}
