/**
 * Dynamic programming over beads inside a band: the cheapest path (Viterbi) and, by forward–backward over
 * the same lattice, a posterior probability for each bead of that path. Costs are negative log probabilities.
 */

/** A bead shape: how many paragraphs it takes from each side. */
export interface BeadShape {
  zh: number;
  en: number;
}

export interface Lattice {
  zhCount: number;
  enCount: number;
  shapes: readonly BeadShape[];
  /** Cost of the bead of shape `shape` covering zh [i, i + shape.zh) and en [j, j + shape.en). */
  cost(shape: number, i: number, j: number): number;
  /** For each zh boundary i (0..zhCount), the en boundaries lo[i]..hi[i] inside the band; both non-decreasing. */
  lo: Int32Array;
  hi: Int32Array;
}

export interface PathBead {
  i: number;
  j: number;
  shape: number;
  /** Posterior probability of the bead, or NaN when posteriors were not asked for. */
  posterior: number;
}

const NO_SHAPE = 255;
const NEGLIGIBLE_GAP = 40;

/** -log(e^-a + e^-b), stable when either is infinite. */
function negLogAddExp(a: number, b: number): number {
  if (b === Infinity) return a;
  const gap = a - b;
  // Past this gap the larger term changes the sum by less than a double can show (an infinite a included).
  if (gap > NEGLIGIBLE_GAP) return b;
  if (gap < -NEGLIGIBLE_GAP) return a;
  return Math.min(a, b) - Math.log1p(Math.exp(-Math.abs(gap)));
}

/**
 * The cheapest path from (0, 0) to (zhCount, enCount). With `posteriors`, each bead also gets its posterior
 * probability from a forward–backward pass; the bead costs are computed once and kept for the backward pass.
 */
export function bestPath(lattice: Lattice, posteriors: boolean): PathBead[] {
  const { zhCount, enCount, shapes, lo, hi } = lattice;
  const shapeCount = shapes.length;
  // Cells of the band, row by row: cell (i, j) is start[i] + j - lo[i].
  const start = new Int32Array(zhCount + 2);
  for (let i = 0; i <= zhCount; i += 1) start[i + 1] = start[i]! + hi[i]! - lo[i]! + 1;
  const cells = start[zhCount + 1]!;
  const cell = (i: number, j: number) => (i < 0 || j < lo[i]! || j > hi[i]! ? -1 : start[i]! + j - lo[i]!);

  const best = new Float64Array(cells).fill(Infinity);
  const forward = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(NO_SHAPE);
  // costs[c * shapeCount + s]: cost of the shape-s bead that ends at cell c.
  const costs = posteriors ? new Float64Array(cells * shapeCount).fill(Infinity) : undefined;
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= zhCount; i += 1) {
    for (let j = lo[i]!; j <= hi[i]!; j += 1) {
      if (i === 0 && j === 0) continue;
      const here = start[i]! + j - lo[i]!;
      let bestCost = Infinity;
      let bestShape = NO_SHAPE;
      let total = Infinity;
      for (let s = 0; s < shapeCount; s += 1) {
        const shape = shapes[s]!;
        const pi = i - shape.zh;
        const pj = j - shape.en;
        if (pj < 0) continue;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const from = start[pi]! + pj - lo[pi]!;
        if (best[from] === Infinity) continue;
        const cost = lattice.cost(s, pi, pj);
        if (best[from]! + cost < bestCost) {
          bestCost = best[from]! + cost;
          bestShape = s;
        }
        if (costs) {
          costs[here * shapeCount + s] = cost;
          total = negLogAddExp(total, forward[from]! + cost);
        }
      }
      best[here] = bestCost;
      forward[here] = total;
      back[here] = bestShape;
    }
  }

  let backward: Float64Array | undefined;
  if (costs) {
    backward = new Float64Array(cells).fill(Infinity);
    backward[cells - 1] = 0;
    for (let i = zhCount; i >= 0; i -= 1) {
      for (let j = hi[i]!; j >= lo[i]!; j -= 1) {
        if (i === zhCount && j === enCount) continue;
        let total = Infinity;
        for (let s = 0; s < shapeCount; s += 1) {
          const shape = shapes[s]!;
          const ni = i + shape.zh;
          const nj = j + shape.en;
          if (ni > zhCount || nj < lo[ni]! || nj > hi[ni]!) continue;
          const to = start[ni]! + nj - lo[ni]!;
          if (backward[to] === Infinity) continue;
          total = negLogAddExp(total, costs[to * shapeCount + s]! + backward[to]!);
        }
        backward[start[i]! + j - lo[i]!] = total;
      }
    }
  }

  const everything = forward[cells - 1]!;
  const path: PathBead[] = [];
  let i = zhCount;
  let j = enCount;
  while (i > 0 || j > 0) {
    const here = cell(i, j);
    const s = back[here]!;
    const shape = shapes[s];
    if (shape === undefined) throw new Error(`alignment lattice has no path to (${i}, ${j})`);
    const pi = i - shape.zh;
    const pj = j - shape.en;
    const posterior =
      costs && backward
        ? Math.min(1, Math.exp(everything - forward[cell(pi, pj)]! - costs[here * shapeCount + s]! - backward[here]!))
        : Number.NaN;
    path.push({ i: pi, j: pj, shape: s, posterior });
    i = pi;
    j = pj;
  }
  return path.reverse();
}
