/** Length agreement in the manner of Gale & Church (1993). */

/** Variance per character of the length difference, Gale & Church's constant; the aligner re-estimates it. */
export const GALE_CHURCH_VARIANCE = 6.8;

// Coefficients of the Chebyshev fit to erfc in Numerical Recipes (erfcc), relative error below 1.2e-7.
const ERFC_FIT = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277,
] as const;
const ERFC_FIT_SCALE = 0.5;

/** log(erfc(x)) for x ≥ 0, without underflow for large x. */
export function logErfc(x: number): number {
  const t = 1 / (1 + ERFC_FIT_SCALE * x);
  let poly = 0;
  for (let k = ERFC_FIT.length - 1; k >= 0; k -= 1) poly = poly * t + ERFC_FIT[k]!;
  return Math.log(t) - x * x + poly;
}

/**
 * Share and spread of the broad part of the length model. Most paragraphs keep their length closely, but
 * some (citations full of long Chinese institution names, headers) stray far; a mixture of a tight and a
 * four-times-wider normal keeps those from forcing spurious merges.
 */
const OUTLIER_SHARE = 0.1;
const OUTLIER_SPREAD = 4;

/** log(a·e^x + b·e^y) for positive weights a, b. */
function logMix(a: number, x: number, b: number, y: number): number {
  const high = Math.max(x, y);
  return high + Math.log(a * Math.exp(x - high) + b * Math.exp(y - high));
}

/** Resolution and reach of the tabulated mixture cost; beyond the table the broad normal's tail takes over. */
const TABLE_STEP = 1 / 64;
const TABLE_REACH = 64;
const MIXTURE_TABLE = Float64Array.from({ length: TABLE_REACH / TABLE_STEP + 2 }, (_, k) => {
  const x = k * TABLE_STEP;
  return -logMix(1 - OUTLIER_SHARE, logErfc(x), OUTLIER_SHARE, logErfc(x / OUTLIER_SPREAD));
});

/** The mixture's -log tail probability at x = |δ|/√2, interpolated in a table: the aligner asks millions of times. */
function mixtureCost(x: number): number {
  const at = x / TABLE_STEP;
  const k = Math.floor(at);
  if (k + 1 >= MIXTURE_TABLE.length) return -Math.log(OUTLIER_SHARE) - logErfc(x / OUTLIER_SPREAD);
  const low = MIXTURE_TABLE[k]!;
  return low + (MIXTURE_TABLE[k + 1]! - low) * (at - k);
}

/**
 * -log P(|δ| this large) for lengths `zh` and `en` (en already divided by the en/zh ratio), where
 * δ = (en − zh) / √(variance · mean) follows the mixture above.
 */
export function lengthCost(zh: number, en: number, variance: number): number {
  const mean = (zh + en) / 2;
  if (mean === 0) return 0;
  return mixtureCost(Math.abs(en - zh) / Math.sqrt(variance * mean) / Math.SQRT2);
}

/** Gale & Church's own cost: a single normal. */
export function normalLengthCost(zh: number, en: number, variance: number): number {
  const mean = (zh + en) / 2;
  if (mean === 0) return 0;
  return -logErfc(Math.abs(en - zh) / Math.sqrt(variance * mean) / Math.SQRT2);
}

/** Text length as the aligner counts it: code points, white space runs as one (none between Chinese characters). */
export function textLength(text: string, collapseSpace: boolean): number {
  const squeezed = text.trim().replace(/\s+/gu, collapseSpace ? ' ' : '');
  return [...squeezed].length;
}
