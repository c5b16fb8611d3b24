import { anchorKind, extractAnchors, numberHeading, startsWithNumber, type AnchorKind } from './anchors';
import { bestPath, type BeadShape, type Lattice } from './lattice';
import { GALE_CHURCH_VARIANCE, lengthCost, normalLengthCost, textLength } from './length';
import { lexiconKeys } from './lexicon';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions, type Bead } from './types';

/** Bead shapes and their prior probabilities, from Gale & Church's hand-aligned counts. */
const SHAPES: readonly (BeadShape & { prior: number })[] = [
  { zh: 1, en: 1, prior: 0.89 },
  { zh: 1, en: 0, prior: 0.0099 / 2 },
  { zh: 0, en: 1, prior: 0.0099 / 2 },
  { zh: 2, en: 1, prior: 0.089 / 2 },
  { zh: 1, en: 2, prior: 0.089 / 2 },
  { zh: 2, en: 2, prior: 0.011 },
];
const TWO_TO_TWO = 5;

/**
 * What one shared anchor is worth, in nats, before it is scaled down for being common in the document.
 * A full date almost never repeats by chance; a number or a quotation mark often does.
 */
const ANCHOR_KIND_WEIGHT: Readonly<Record<AnchorKind | 'L', number>> = {
  d: 4,
  ym: 2,
  n: 1.5,
  e: 3,
  q: 0.5,
  m: 2,
  L: 1,
};
/**
 * Cost of a section number (a paragraph that is only a number) that sits inside a bead without its
 * partner: not first among its side's paragraphs, or facing text that neither carries the same label nor
 * opens with a number. Large enough that a lone section number stands in a 0:1 bead instead.
 */
const STRAY_HEADING_COST = 6;

/** The median of χ² with one degree of freedom, to turn a median squared deviation into a variance. */
const CHI_SQUARE_1_MEDIAN = 0.455;
/** Bounds on the estimated variance, so that a few odd beads cannot make length meaningless or tyrannical. */
const MIN_VARIANCE = 1;
const MAX_VARIANCE = 60;
/** Fewer 1:1 beads than this and the variance stays at Gale & Church's value. */
const MIN_VARIANCE_SAMPLES = 5;

interface Side {
  /** Per paragraph, and per pair of neighbouring paragraphs (index k covers k and k+1). */
  length: Float64Array;
  pairLength: Float64Array;
  keys: Int32Array[];
  pairKeys: Int32Array[];
  /** The enumeration-label key id of a paragraph that is only a number, else -1. */
  heading: Int32Array;
  leadingNumber: Uint8Array;
}

interface Evidence {
  zh: Side;
  en: Side;
  /** Weight in nats of each key id. */
  weight: Float64Array;
}

function sortedMerge(a: Int32Array, b: Int32Array): Int32Array {
  const merged = new Int32Array(a.length + b.length);
  merged.set(a);
  merged.set(b, a.length);
  return merged.sort();
}

/** Σ weight over the multiset intersection of two sorted key lists. */
function sharedWeight(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let total = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const ka = a[x]!;
    const kb = b[y]!;
    if (ka === kb) {
      total += weight[ka]!;
      x += 1;
      y += 1;
    } else if (ka < kb) x += 1;
    else y += 1;
  }
  return total;
}

function gatherEvidence(zh: readonly string[], en: readonly string[], options: Required<AlignOptions>): Evidence {
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const kinds: (AnchorKind | 'L')[] = [];
  const lexical = options.lexicon ? lexiconKeys(options.lexicon, zh, en) : undefined;
  const intern = (keys: readonly string[]) => {
    const out = keys.map((key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        documentFrequency.push(0);
        kinds.push(key.startsWith('L:') ? 'L' : anchorKind(key));
      }
      return id;
    });
    for (const id of new Set(out)) documentFrequency[id]! += 1;
    return Int32Array.from(out).sort();
  };
  const side = (texts: readonly string[], lang: 'zh' | 'en', lexicalKeys: string[][] | undefined): Side => {
    const keys = texts.map((text, k) => intern([...extractAnchors(text, lang), ...(lexicalKeys?.[k] ?? [])]));
    const length = Float64Array.from(texts, (text) => textLength(text, lang === 'en'));
    const pairs = Math.max(0, texts.length - 1);
    return {
      length,
      pairLength: Float64Array.from({ length: pairs }, (_, k) => length[k]! + length[k + 1]!),
      keys,
      pairKeys: Array.from({ length: pairs }, (_, k) => sortedMerge(keys[k]!, keys[k + 1]!)),
      heading: Int32Array.from(texts, (text) => {
        const value = numberHeading(text);
        return value === undefined ? -1 : intern([`e:${value}`])[0]!;
      }),
      leadingNumber: Uint8Array.from(texts, (text) => (startsWithNumber(text) ? 1 : 0)),
    };
  };
  const zhSide = side(zh, 'zh', lexical?.zh);
  const enSide = side(en, 'en', lexical?.en);

  // A key found in every paragraph says nothing about which paragraphs belong together; one found in a
  // single pair says a lot. Scale by log(N / df) relative to its value for a key seen exactly twice.
  const paragraphs = zh.length + en.length;
  const rarest = Math.log(paragraphs / 2);
  const weight = Float64Array.from(documentFrequency, (df, id) => {
    const kind = kinds[id]!;
    const scale = kind === 'L' ? options.lexiconWeight : options.anchorWeight;
    const specificity = rarest > 0 ? Math.min(1, Math.max(0, Math.log(paragraphs / df) / rarest)) : 1;
    return ANCHOR_KIND_WEIGHT[kind] * scale * specificity;
  });
  return { zh: zhSide, en: enSide, weight };
}

const span = (side: Side, start: number, count: number) =>
  count === 1
    ? { length: side.length[start]!, keys: side.keys[start]! }
    : { length: side.pairLength[start]!, keys: side.pairKeys[start]! };

function hasKey(keys: Int32Array, key: number): boolean {
  for (const k of keys) if (k === key) return true;
  return false;
}

/** Cost of section numbers on one side of a bead that the other side does not account for. */
function strayHeadings(side: Side, start: number, count: number, other: Side, otherStart: number, otherKeys: Int32Array): number {
  let cost = 0;
  for (let k = 0; k < count; k += 1) {
    const label = side.heading[start + k]!;
    if (label < 0) continue;
    const explained = k === 0 && (hasKey(otherKeys, label) || other.leadingNumber[otherStart] === 1);
    if (!explained) cost += STRAY_HEADING_COST;
  }
  return cost;
}

/** Ratio of the texts' lengths, en per zh; 1 when either side has no length at all. */
function lengthRatio(zh: Float64Array, en: Float64Array): number {
  const total = (lengths: Float64Array) => lengths.reduce((sum, x) => sum + x, 0);
  const zhTotal = total(zh);
  const enTotal = total(en);
  return zhTotal > 0 && enTotal > 0 ? enTotal / zhTotal : 1;
}

/**
 * The band: for each zh boundary, the en boundaries within `width` of the one at which the English has
 * used up the same share of its length as the Chinese. Made monotone and connected so a path always exists.
 */
function band(zhLengths: Float64Array, enLengths: Float64Array, width: number): { lo: Int32Array; hi: Int32Array } {
  const zhCount = zhLengths.length;
  const enCount = enLengths.length;
  const shares = (lengths: Float64Array) => {
    const total = lengths.reduce((sum, x) => sum + x, 0);
    const out = new Float64Array(lengths.length + 1);
    lengths.forEach((x, k) => {
      out[k + 1] = total > 0 ? out[k]! + x / total : (k + 1) / lengths.length;
    });
    return out;
  };
  const zhShare = shares(zhLengths);
  const enShare = shares(enLengths);
  const lo = new Int32Array(zhCount + 1);
  const hi = new Int32Array(zhCount + 1);
  let j = 0;
  for (let i = 0; i <= zhCount; i += 1) {
    while (j < enCount && Math.abs(enShare[j + 1]! - zhShare[i]!) <= Math.abs(enShare[j]! - zhShare[i]!)) j += 1;
    lo[i] = Math.max(0, j - width);
    hi[i] = Math.min(enCount, j + width);
  }
  lo[0] = 0;
  hi[zhCount] = enCount;
  for (let i = 1; i <= zhCount; i += 1) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  return { lo, hi };
}

/** Every paragraph alone, when one side is empty. */
function unpaired(zh: readonly string[], en: readonly string[]): Bead[] {
  return [
    ...zh.map((_, k) => ({ zh: [k], en: [], confidence: 1 })),
    ...en.map((_, k) => ({ zh: [], en: [k], confidence: 1 })),
  ];
}

function toBeads(lattice: Lattice, shapes: readonly BeadShape[]): Bead[] {
  return bestPath(lattice).map(({ i, j, shape, posterior }) => {
    const { zh, en } = shapes[shape]!;
    return {
      zh: Array.from({ length: zh }, (_, k) => i + k),
      en: Array.from({ length: en }, (_, k) => j + k),
      confidence: posterior,
    };
  });
}

/** How far the band reaches on each side of its centre line: the option, widened by √n on long texts. */
function bandWidth(option: number, zhCount: number, enCount: number): number {
  return Math.max(1, Math.ceil(option + Math.sqrt(Math.max(zhCount, enCount))));
}

/**
 * Aligns the paragraphs of a Chinese text and its English translation: a banded dynamic programme over
 * 1:1, 1:0, 0:1, 2:1, 1:2 and 2:2 beads that scores length agreement (ratio and variance estimated from the
 * texts), shared anchors (numbers, dates, section numbers, quotations, markers) and, when given, lexicon
 * matches. Every paragraph lands in exactly one bead, in order; confidence is the bead's posterior probability.
 */
export function alignParagraphs(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  if (zh.length === 0 || en.length === 0) return unpaired(zh, en);
  const settings: Required<AlignOptions> = { ...DEFAULT_ALIGN_OPTIONS, ...stripUndefined(options) };
  const evidence = gatherEvidence(zh, en, settings);
  const ratio = lengthRatio(evidence.zh.length, evidence.en.length);
  const shapes = settings.allowTwoToTwo ? SHAPES : SHAPES.filter((_, s) => s !== TWO_TO_TWO);
  const priorCost = shapes.map((shape) => -Math.log(shape.prior));
  const { lo, hi } = band(evidence.zh.length, evidence.en.length, bandWidth(settings.band, zh.length, en.length));

  const latticeWith = (variance: number): Lattice => ({
    zhCount: zh.length,
    enCount: en.length,
    shapes,
    lo,
    hi,
    cost(s, i, j) {
      const shape = shapes[s]!;
      const zhSpan = shape.zh > 0 ? span(evidence.zh, i, shape.zh) : undefined;
      const enSpan = shape.en > 0 ? span(evidence.en, j, shape.en) : undefined;
      let cost = priorCost[s]! + lengthCost(zhSpan?.length ?? 0, (enSpan?.length ?? 0) / ratio, variance);
      if (zhSpan && enSpan) {
        cost -= sharedWeight(zhSpan.keys, enSpan.keys, evidence.weight);
        cost += strayHeadings(evidence.zh, i, shape.zh, evidence.en, j, enSpan.keys);
        cost += strayHeadings(evidence.en, j, shape.en, evidence.zh, i, zhSpan.keys);
      }
      return cost;
    },
  });

  // First pass with Gale & Church's variance; its 1:1 beads then tell how much these texts' lengths vary.
  const firstPass = toBeads(latticeWith(GALE_CHURCH_VARIANCE), shapes);
  const variance = estimateVariance(firstPass, evidence, ratio) ?? GALE_CHURCH_VARIANCE;
  return toBeads(latticeWith(variance), shapes);
}

function estimateVariance(beads: readonly Bead[], evidence: Evidence, ratio: number): number | undefined {
  const samples: number[] = [];
  for (const bead of beads) {
    const [z] = bead.zh;
    const [e] = bead.en;
    if (bead.zh.length !== 1 || bead.en.length !== 1 || z === undefined || e === undefined) continue;
    const zhLength = evidence.zh.length[z]!;
    const enLength = evidence.en.length[e]! / ratio;
    const mean = (zhLength + enLength) / 2;
    if (mean > 0) samples.push((enLength - zhLength) ** 2 / mean);
  }
  if (samples.length < MIN_VARIANCE_SAMPLES) return undefined;
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  return Math.min(MAX_VARIANCE, Math.max(MIN_VARIANCE, median / CHI_SQUARE_1_MEDIAN));
}

function stripUndefined(options: AlignOptions): AlignOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Plain Gale & Church (1993): length only, their priors and variance, ratio from the texts; for comparison. */
export function galeChurchBaseline(zh: readonly string[], en: readonly string[]): Bead[] {
  if (zh.length === 0 || en.length === 0) return unpaired(zh, en);
  const zhLengths = Float64Array.from(zh, (text) => textLength(text, false));
  const enLengths = Float64Array.from(en, (text) => textLength(text, true));
  const ratio = lengthRatio(zhLengths, enLengths);
  const sum = (lengths: Float64Array, start: number, count: number) => {
    let total = 0;
    for (let k = 0; k < count; k += 1) total += lengths[start + k]!;
    return total;
  };
  const { lo, hi } = band(zhLengths, enLengths, bandWidth(DEFAULT_ALIGN_OPTIONS.band, zh.length, en.length));
  const lattice: Lattice = {
    zhCount: zh.length,
    enCount: en.length,
    shapes: SHAPES,
    lo,
    hi,
    cost(s, i, j) {
      const shape = SHAPES[s]!;
      const zhLength = sum(zhLengths, i, shape.zh);
      const enLength = sum(enLengths, j, shape.en) / ratio;
      return -Math.log(shape.prior) + normalLengthCost(zhLength, enLength, GALE_CHURCH_VARIANCE);
    },
  };
  return toBeads(lattice, SHAPES);
}
