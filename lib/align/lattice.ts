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
  /** For each zh boundary i (0..zhCount), the en boundaries lo[i]..hi[i] inside the band. */
  lo: Int32Array;
  hi: Int32Array;
}

export interface PathBead {
  i: number;
  j: number;
  shape: number;
  posterior: number;
}

const NO_SHAPE = 255;

/** -log(e^-a + e^-b), stable when either is infinite. */
function negLogAddExp(a: number, b: number): number {
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const low = Math.min(a, b);
  return low - Math.log1p(Math.exp(-Math.abs(a - b)));
}

function rows(lattice: Lattice): Float64Array[] {
  return Array.from(lattice.lo, (lo, i) => new Float64Array(lattice.hi[i]! - lo + 1).fill(Infinity));
}

function at(table: readonly Float64Array[], lattice: Lattice, i: number, j: number): number {
  const row = table[i];
  const lo = lattice.lo[i];
  if (row === undefined || lo === undefined || j < lo || j > lattice.hi[i]!) return Infinity;
  return row[j - lo]!;
}

/** The cheapest path from (0, 0) to (zhCount, enCount), each bead with its posterior probability. */
export function bestPath(lattice: Lattice): PathBead[] {
  const { zhCount, enCount, shapes, lo, hi } = lattice;
  const best = rows(lattice);
  const forward = rows(lattice);
  const back = Array.from(best, (row) => new Uint8Array(row.length).fill(NO_SHAPE));
  best[0]![0] = 0;
  forward[0]![0] = 0;
  for (let i = 0; i <= zhCount; i += 1) {
    for (let j = lo[i]!; j <= hi[i]!; j += 1) {
      if (i === 0 && j === 0) continue;
      let bestCost = Infinity;
      let bestShape = NO_SHAPE;
      let total = Infinity;
      shapes.forEach((shape, s) => {
        const pi = i - shape.zh;
        const pj = j - shape.en;
        if (pi < 0 || pj < 0) return;
        const viaBest = at(best, lattice, pi, pj);
        const viaForward = at(forward, lattice, pi, pj);
        if (viaForward === Infinity) return;
        const cost = lattice.cost(s, pi, pj);
        if (viaBest + cost < bestCost) {
          bestCost = viaBest + cost;
          bestShape = s;
        }
        total = negLogAddExp(total, viaForward + cost);
      });
      best[i]![j - lo[i]!] = bestCost;
      forward[i]![j - lo[i]!] = total;
      back[i]![j - lo[i]!] = bestShape;
    }
  }

  const backward = rows(lattice);
  backward[zhCount]![enCount - lo[zhCount]!] = 0;
  for (let i = zhCount; i >= 0; i -= 1) {
    for (let j = hi[i]!; j >= lo[i]!; j -= 1) {
      if (i === zhCount && j === enCount) continue;
      let total = Infinity;
      shapes.forEach((shape, s) => {
        const after = at(backward, lattice, i + shape.zh, j + shape.en);
        if (after === Infinity) return;
        total = negLogAddExp(total, lattice.cost(s, i, j) + after);
      });
      backward[i]![j - lo[i]!] = total;
    }
  }

  const everything = at(forward, lattice, zhCount, enCount);
  const path: PathBead[] = [];
  let i = zhCount;
  let j = enCount;
  while (i > 0 || j > 0) {
    const s = back[i]![j - lo[i]!]!;
    const shape = shapes[s];
    if (shape === undefined) throw new Error(`alignment lattice has no path to (${i}, ${j})`);
    const pi = i - shape.zh;
    const pj = j - shape.en;
    const through = at(forward, lattice, pi, pj) + lattice.cost(s, pi, pj) + at(backward, lattice, i, j);
    path.push({ i: pi, j: pj, shape: s, posterior: Math.min(1, Math.exp(everything - through)) });
    i = pi;
    j = pj;
  }
  return path.reverse();
}
