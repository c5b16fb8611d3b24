import { anchorKind, extractAnchors, numberHeading, startsWithNumber, type AnchorKind } from './anchors';
import { bestPath, type BeadShape, type Lattice } from './lattice';
import { GALE_CHURCH_VARIANCE, lengthCost, normalLengthCost, textLength } from './length';
import { lexiconKeys } from './lexicon';
import { nameAnchors } from './names';
import { translationModel, type TranslationModel } from './translation';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions, type Bead, type ResolvedAlignOptions } from './types';

type Shape = BeadShape & { prior: number };

/** Bead shapes and their prior probabilities, from Gale & Church's hand-aligned counts. */
const GALE_CHURCH_SHAPES: readonly Shape[] = [
  { zh: 1, en: 1, prior: 0.89 },
  { zh: 1, en: 0, prior: 0.0099 / 2 },
  { zh: 0, en: 1, prior: 0.0099 / 2 },
  { zh: 2, en: 1, prior: 0.089 / 2 },
  { zh: 1, en: 2, prior: 0.089 / 2 },
  { zh: 2, en: 2, prior: 0.011 },
];
const TWO_TO_ONE_PRIOR = 0.089 / 2;
/**
 * Each further unit on the many side of a k:1 bead (which Gale & Church did not allow) divides the prior by
 * this: about how much rarer a three-way merge is than a two-way one in edited translations. Priors need not
 * sum to 1: only their ratios matter.
 */
const MANY_TO_ONE_DECAY = 9;

function shapesFor(settings: ResolvedAlignOptions): readonly Shape[] {
  const shapes = GALE_CHURCH_SHAPES.filter((shape) => settings.allowTwoToTwo || shape.zh !== 2 || shape.en !== 2);
  for (let k = 3; k <= settings.maxGroup; k += 1) {
    const prior = TWO_TO_ONE_PRIOR / MANY_TO_ONE_DECAY ** (k - 2);
    shapes.push({ zh: k, en: 1, prior }, { zh: 1, en: k, prior });
  }
  return shapes;
}

/** Anchors, lexicon entries (L) and names spelt in pinyin (N). */
type EvidenceKind = AnchorKind | 'L' | 'N';

/**
 * What one shared anchor is worth, in nats, before it is scaled down for being common in the document.
 * A full date almost never repeats by chance; a number or a quotation mark often does. A name spelt in pinyin
 * (lib/align names.ts) counts as a section label: 2 to 5 give the same dev figures (bench:align --dev).
 */
const ANCHOR_KIND_WEIGHT: Readonly<Record<EvidenceKind, number>> = {
  N: 3,
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

/**
 * Cost of a unit on the many side of a group (2:1, 2:2, k:1) that shows no translation evidence of its own
 * against the other side (shared anchors and dictionary matches not above OWN_EVIDENCE_NEEDED). Measured on the
 * tune half of the dev texts (bench:align --dev): 3 glues more omissions (deleted-case F1 0.855 against 0.877 at
 * 4), 6 loses an exact corpus paragraph. Only with translation evidence: without a lexicon no unit could show any.
 */
const UNSUPPORTED_UNIT_COST = 4;
/**
 * Evidence in nats a unit of a group needs to count as supported: a little more than a word or two matched by
 * chance. 0 and 1 leave more omissions glued on the tune half of the dev texts; the check half is the same.
 */
const OWN_EVIDENCE_NEEDED = 2;

/** The median of χ² with one degree of freedom, to turn a median squared deviation into a variance. */
const CHI_SQUARE_1_MEDIAN = 0.455;
/** Bounds on the estimated variance, so that a few odd beads cannot make length meaningless or tyrannical. */
const MIN_VARIANCE = 1;
const MAX_VARIANCE = 60;
/** Fewer 1:1 beads than this and the variance stays at Gale & Church's value. */
const MIN_VARIANCE_SAMPLES = 5;

interface Side {
  /** Per paragraph. */
  length: Float64Array;
  /** groupLength[n - 1][k] and groupKeys[n - 1][k]: paragraphs k..k+n-1 together, for n up to the largest group. */
  groupLength: Float64Array[];
  keys: Int32Array[];
  groupKeys: Int32Array[][];
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

function gatherEvidence(zh: readonly string[], en: readonly string[], options: ResolvedAlignOptions): Evidence {
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const kinds: EvidenceKind[] = [];
  const lexical = options.lexicon ? lexiconKeys(options.lexicon, zh, en) : undefined;
  const names = nameAnchors(zh, en);
  const intern = (keys: readonly string[]) => {
    const out = keys.map((key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        documentFrequency.push(0);
        kinds.push(key.startsWith('L:') ? 'L' : key.startsWith('p:') ? 'N' : anchorKind(key));
      }
      return id;
    });
    for (const id of new Set(out)) documentFrequency[id]! += 1;
    return Int32Array.from(out).sort();
  };
  const side = (texts: readonly string[], lang: 'zh' | 'en', lexicalKeys: string[][] | undefined, nameKeys: string[][]): Side => {
    const keys = texts.map((text, k) => intern([...extractAnchors(text, lang), ...(lexicalKeys?.[k] ?? []), ...nameKeys[k]!]));
    const length = Float64Array.from(texts, (text) => textLength(text, lang === 'en'));
    const groupLength: Float64Array[] = [length];
    const groupKeys: Int32Array[][] = [keys];
    for (let n = 2; n <= Math.max(2, options.maxGroup); n += 1) {
      const groups = Math.max(0, texts.length - n + 1);
      groupLength.push(Float64Array.from({ length: groups }, (_, k) => groupLength[n - 2]![k]! + length[k + n - 1]!));
      groupKeys.push(Array.from({ length: groups }, (_, k) => sortedMerge(groupKeys[n - 2]![k]!, keys[k + n - 1]!)));
    }
    return {
      length,
      groupLength,
      keys,
      groupKeys,
      heading: Int32Array.from(texts, (text) => {
        const value = numberHeading(text);
        return value === undefined ? -1 : intern([`e:${value}`])[0]!;
      }),
      leadingNumber: Uint8Array.from(texts, (text) => (startsWithNumber(text) ? 1 : 0)),
    };
  };
  const zhSide = side(zh, 'zh', lexical?.zh, names.zh);
  const enSide = side(en, 'en', lexical?.en, names.en);

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
 * A band from a centre line: for each zh boundary i the centre covers en boundaries from[i]..to[i], and the
 * band reaches `width` further each way. Made monotone and connected, so that a path always exists.
 */
function bandAround(from: Int32Array, to: Int32Array, enCount: number, width: number): { lo: Int32Array; hi: Int32Array } {
  const zhCount = from.length - 1;
  const lo = Int32Array.from(from, (j) => Math.max(0, j - width));
  const hi = Int32Array.from(to, (j) => Math.min(enCount, j + width));
  lo[0] = 0;
  hi[zhCount] = enCount;
  for (let i = 1; i <= zhCount; i += 1) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = zhCount - 1; i >= 0; i -= 1) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= zhCount; i += 1) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  return { lo, hi };
}

/** The centre line on which the English has used up the same share of its length as the Chinese. */
function lengthDiagonal(zhLengths: Float64Array, enLengths: Float64Array): Int32Array {
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
  let j = 0;
  return Int32Array.from(zhShare, (share) => {
    while (j < enCount && Math.abs(enShare[j + 1]! - share) <= Math.abs(enShare[j]! - share)) j += 1;
    return j;
  });
}

/** The centre line along a path of beads: at each zh boundary, the en boundaries the path passes through there. */
function pathLine(beads: readonly Bead[], zhCount: number): { from: Int32Array; to: Int32Array } {
  const from = new Int32Array(zhCount + 1).fill(-1);
  const to = new Int32Array(zhCount + 1);
  let i = 0;
  let j = 0;
  const visit = () => {
    if (from[i] === -1) from[i] = j;
    to[i] = j;
  };
  visit();
  for (const bead of beads) {
    // Rows a 2:x bead steps over take the row before's end, so the line has no gaps.
    for (let k = 1; k < bead.zh.length; k += 1) {
      from[i + k] = j;
      to[i + k] = j;
    }
    i += bead.zh.length;
    j += bead.en.length;
    visit();
  }
  return { from, to };
}

/** Every paragraph alone, when one side is empty. */
function unpaired(zh: readonly string[], en: readonly string[]): Bead[] {
  return unpairedCounts(zh.length, en.length);
}

function unpairedCounts(zhCount: number, enCount: number): Bead[] {
  return [
    ...Array.from({ length: zhCount }, (_, k) => ({ zh: [k], en: [], confidence: 1 })),
    ...Array.from({ length: enCount }, (_, k) => ({ zh: [], en: [k], confidence: 1 })),
  ];
}

function toBeads(lattice: Lattice, shapes: readonly BeadShape[], posteriors = true): Bead[] {
  return bestPath(lattice, posteriors).map(({ i, j, shape, posterior }) => {
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

/** What a run of the aligner can be given from outside: translation evidence and the length model of a whole document. */
interface Context {
  model: TranslationModel | undefined;
  /** Where these units start in the model's numbering. */
  zhOffset: number;
  enOffset: number;
  ratio: number;
}

function latticeFor(
  evidence: Evidence,
  shapes: readonly Shape[],
  settings: ResolvedAlignOptions,
  context: Context,
  variance: number,
  { lo, hi }: { lo: Int32Array; hi: Int32Array },
): Lattice {
  const priorCost = shapes.map((shape) => -Math.log(shape.prior));
  const { zh: zhSide, en: enSide } = evidence;
  const { model, zhOffset, enOffset, ratio } = context;
  return {
    zhCount: zhSide.length.length,
    enCount: enSide.length.length,
    shapes,
    lo,
    hi,
    cost(s, i, j) {
      const shape = shapes[s]!;
      const zhLength = shape.zh === 0 ? 0 : zhSide.groupLength[shape.zh - 1]![i]!;
      const enLength = shape.en === 0 ? 0 : enSide.groupLength[shape.en - 1]![j]!;
      const lone = shape.zh === 0 || shape.en === 0;
      if (lone && settings.deletionCost !== undefined) return priorCost[s]! + settings.deletionCost;
      let cost = priorCost[s]! + lengthCost(zhLength, enLength / ratio, variance);
      if (!lone) {
        const zhKeys = zhSide.groupKeys[shape.zh - 1]![i]!;
        const enKeys = enSide.groupKeys[shape.en - 1]![j]!;
        cost -= sharedWeight(zhKeys, enKeys, evidence.weight);
        cost += strayHeadings(zhSide, i, shape.zh, enSide, j, enKeys);
        cost += strayHeadings(enSide, j, shape.en, zhSide, i, zhKeys);
        if (model) {
          const weight = settings.translationWeight;
          cost -= weight * model.score(zhOffset + i, shape.zh, enOffset + j, shape.en);
          // Every unit on the many side of a group must show some evidence of its own against the other side:
          // else it is more likely left out than glued to its neighbour for a better length fit.
          if (shape.zh > 1) {
            for (let u = i; u < i + shape.zh; u += 1) {
              const own =
                sharedWeight(zhSide.keys[u]!, enKeys, evidence.weight) +
                weight * model.unitScore('zh', zhOffset + u, enOffset + j, shape.en);
              if (own <= OWN_EVIDENCE_NEEDED) cost += UNSUPPORTED_UNIT_COST;
            }
          }
          if (shape.en > 1) {
            for (let u = j; u < j + shape.en; u += 1) {
              const own =
                sharedWeight(enSide.keys[u]!, zhKeys, evidence.weight) +
                weight * model.unitScore('en', enOffset + u, zhOffset + i, shape.zh);
              if (own <= OWN_EVIDENCE_NEEDED) cost += UNSUPPORTED_UNIT_COST;
            }
          }
        }
      }
      return cost;
    },
  };
}

/**
 * First pass with Gale & Church's variance (or the given one) in a band around the length diagonal; the second,
 * with `variance` when known, in a band around the first pass's path. Split in two so that a caller can learn
 * from every first pass (the variance, the translation model) before any second pass.
 */
function firstPass(evidence: Evidence, settings: ResolvedAlignOptions, context: Context, variance = GALE_CHURCH_VARIANCE): Bead[] {
  const zhCount = evidence.zh.length.length;
  const enCount = evidence.en.length.length;
  if (zhCount === 0 || enCount === 0) return unpairedCounts(zhCount, enCount);
  const shapes = shapesFor(settings);
  const diagonal = lengthDiagonal(evidence.zh.length, evidence.en.length);
  const band = bandAround(diagonal, diagonal, enCount, bandWidth(settings.band, zhCount, enCount));
  return toBeads(latticeFor(evidence, shapes, settings, context, variance, band), shapes, false);
}

function secondPass(
  first: readonly Bead[],
  evidence: Evidence,
  settings: ResolvedAlignOptions,
  context: Context,
  variance: number,
): Bead[] {
  const zhCount = evidence.zh.length.length;
  const enCount = evidence.en.length.length;
  if (zhCount === 0 || enCount === 0) return unpairedCounts(zhCount, enCount);
  const shapes = shapesFor(settings);
  const line = pathLine(first, zhCount);
  const band = bandAround(line.from, line.to, enCount, settings.band);
  return toBeads(latticeFor(evidence, shapes, settings, context, variance, band), shapes);
}

function resolve(options: AlignOptions): ResolvedAlignOptions {
  return { ...DEFAULT_ALIGN_OPTIONS, ...stripUndefined(options) };
}

/**
 * Aligns the paragraphs of a Chinese text and its English translation: a banded dynamic programme over
 * 1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1 and 1:3 beads that scores length agreement (ratio and variance estimated
 * from the texts), shared anchors (numbers, dates, section numbers, quotations, markers, names in pinyin) and, when a lexicon is
 * given, translation evidence (which words find their renderings on the other side, a model re-trained on the
 * first pass's beads). Every paragraph lands in exactly one bead, in order; confidence is the bead's posterior
 * probability.
 */
export function alignParagraphs(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  if (zh.length === 0 || en.length === 0) return unpaired(zh, en);
  const settings = resolve(options);
  const evidence = gatherEvidence(zh, en, settings);
  const model = settings.lexicon && settings.translationWeight > 0 ? translationModel(zh, en, settings.lexicon) : undefined;
  const context: Context = { model, zhOffset: 0, enOffset: 0, ratio: lengthRatio(evidence.zh.length, evidence.en.length) };
  const first = firstPass(evidence, settings, context);
  model?.train(first);
  const variance = estimateVariance([{ beads: first, evidence }], context.ratio) ?? GALE_CHURCH_VARIANCE;
  return secondPass(first, evidence, settings, context, variance);
}

/** The units on each side of one bead, to be aligned with each other (sentences of a paragraph bead). */
export interface UnitGroup {
  zh: readonly string[];
  en: readonly string[];
}

/**
 * Aligns the units inside each group (the sentences of each paragraph bead) with the same model as
 * alignParagraphs, learning what is document-wide from all groups at once: the length ratio and variance, and
 * the translation model, built over every unit and re-trained on every group's first pass, with the word pairs
 * that pass's confident beads teach (TranslationModel.learn). Returns each
 * group's beads, indices counted within the group.
 */
export function alignWithinGroups(groups: readonly UnitGroup[], options: AlignOptions = {}): Bead[][] {
  const settings = resolve(options);
  const allZh = groups.flatMap((group) => group.zh);
  const allEn = groups.flatMap((group) => group.en);
  const model = settings.lexicon && settings.translationWeight > 0 ? translationModel(allZh, allEn, settings.lexicon) : undefined;
  const ratio = lengthRatio(
    Float64Array.from(allZh, (text) => textLength(text, false)),
    Float64Array.from(allEn, (text) => textLength(text, true)),
  );
  let zhOffset = 0;
  let enOffset = 0;
  const runs = groups.map((group) => {
    const context: Context = { model, zhOffset, enOffset, ratio };
    zhOffset += group.zh.length;
    enOffset += group.en.length;
    const evidence = gatherEvidence(group.zh, group.en, settings);
    return { context, evidence, first: firstPass(evidence, settings, context) };
  });
  const firstBeads = runs.flatMap(({ context, first }) =>
    first.map((bead) => ({ ...bead, zh: bead.zh.map((k) => k + context.zhOffset), en: bead.en.map((k) => k + context.enOffset) })),
  );
  model?.train(firstBeads);
  model?.learn(firstBeads);
  const variance =
    estimateVariance(
      runs.map(({ first, evidence }) => ({ beads: first, evidence })),
      ratio,
    ) ?? GALE_CHURCH_VARIANCE;
  return runs.map(({ context, evidence, first }) => secondPass(first, evidence, settings, context, variance));
}

function estimateVariance(runs: readonly { beads: readonly Bead[]; evidence: Evidence }[], ratio: number): number | undefined {
  const samples: number[] = [];
  for (const { beads, evidence } of runs)
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
  const diagonal = lengthDiagonal(zhLengths, enLengths);
  const { lo, hi } = bandAround(diagonal, diagonal, en.length, bandWidth(DEFAULT_ALIGN_OPTIONS.band, zh.length, en.length));
  const lattice: Lattice = {
    zhCount: zh.length,
    enCount: en.length,
    shapes: GALE_CHURCH_SHAPES,
    lo,
    hi,
    cost(s, i, j) {
      const shape = GALE_CHURCH_SHAPES[s]!;
      const zhLength = sum(zhLengths, i, shape.zh);
      const enLength = sum(enLengths, j, shape.en) / ratio;
      return -Math.log(shape.prior) + normalLengthCost(zhLength, enLength, GALE_CHURCH_VARIANCE);
    },
  };
  return toBeads(lattice, GALE_CHURCH_SHAPES);
}
