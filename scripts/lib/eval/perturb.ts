/**
 * Perturbed copies of a gold-aligned pair, to measure an aligner where real texts are hard: paragraphs dropped
 * on one side (the other side's paragraph then has no counterpart) and neighbouring paragraphs merged on one
 * side (the bead then takes two or three paragraphs of the other). The gold alignment follows every change.
 */
import type { Bead } from '../../../lib/align';

export const PERTURBATION_KINDS = ['drop-zh', 'drop-en', 'merge2-zh', 'merge2-en', 'merge3-zh', 'merge3-en', 'mixed'] as const;
export type PerturbationKind = (typeof PERTURBATION_KINDS)[number];

/** Two texts and their gold alignment. */
export interface AlignedPair {
  zh: string[];
  en: string[];
  gold: Bead[];
}

/** Share of a document's beads a drop or merge perturbation touches (at least one): about one paragraph in ten. */
const TOUCHED_SHARE = 0.1;
/** What a merge puts between the paragraphs it joins: nothing in Chinese, a space in English. */
const JOINER = { zh: '', en: ' ' } as const;

/** mulberry32: a small seeded generator, so that every perturbation can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface TextBead {
  zh: string[];
  en: string[];
}

function textBeads({ zh, en, gold }: AlignedPair): TextBead[] {
  return gold.map((bead) => ({ zh: bead.zh.map((k) => zh[k]!), en: bead.en.map((k) => en[k]!) }));
}

function fromTextBeads(beads: readonly TextBead[]): AlignedPair {
  const pair: AlignedPair = { zh: [], en: [], gold: [] };
  for (const bead of beads) {
    if (bead.zh.length === 0 && bead.en.length === 0) continue;
    pair.gold.push({
      zh: bead.zh.map((_, k) => pair.zh.length + k),
      en: bead.en.map((_, k) => pair.en.length + k),
      confidence: 1,
    });
    pair.zh.push(...bead.zh);
    pair.en.push(...bead.en);
  }
  return pair;
}

/** Up to `count` distinct indices of `candidates`, in random order. */
function pick(candidates: readonly number[], count: number, random: () => number): number[] {
  const pool = [...candidates];
  const out: number[] = [];
  while (out.length < count && pool.length > 0) {
    const [chosen] = pool.splice(Math.floor(random() * pool.length), 1);
    out.push(chosen!);
  }
  return out;
}

const touched = (beads: readonly TextBead[]) => Math.max(1, Math.round(beads.length * TOUCHED_SHARE));

/** Removes one side's paragraphs from some 1:1 beads, leaving the other side without a counterpart. */
function drop(beads: TextBead[], side: 'zh' | 'en', random: () => number, count = touched(beads)): TextBead[] {
  const candidates = beads.flatMap((bead, k) => (bead.zh.length === 1 && bead.en.length === 1 ? [k] : []));
  for (const k of pick(candidates, count, random)) beads[k] = { ...beads[k]!, [side]: [] };
  return beads;
}

/** Joins one side's paragraphs of `width` neighbouring 1:1 beads into one paragraph, so the bead becomes 1:width. */
function merge(beads: TextBead[], side: 'zh' | 'en', width: number, random: () => number, count = touched(beads)): TextBead[] {
  const starts = beads.flatMap((_, k) =>
    k + width <= beads.length && beads.slice(k, k + width).every((bead) => bead.zh.length === 1 && bead.en.length === 1) ? [k] : [],
  );
  // Non-overlapping runs, merged from the back so that earlier indices stay valid.
  const chosen: number[] = [];
  for (const k of pick(starts, starts.length, random)) {
    if (chosen.length >= count) break;
    if (chosen.every((c) => Math.abs(c - k) >= width)) chosen.push(k);
  }
  for (const k of chosen.sort((a, b) => b - a)) {
    const run = beads.slice(k, k + width);
    const other = side === 'zh' ? 'en' : 'zh';
    const joined = {
      [side]: [run.map((bead) => bead[side][0]!).join(JOINER[side])],
      [other]: run.flatMap((bead) => bead[other]),
    } as unknown as TextBead;
    beads.splice(k, width, joined);
  }
  return beads;
}

/** A copy of the pair with the given kind of damage, chosen by `seed`; the gold alignment is redone to match. */
export function perturbPair(pair: AlignedPair, kind: PerturbationKind, seed: number): AlignedPair {
  const random = seededRandom(seed);
  const beads = textBeads(pair);
  switch (kind) {
    case 'drop-zh':
      return fromTextBeads(drop(beads, 'zh', random));
    case 'drop-en':
      return fromTextBeads(drop(beads, 'en', random));
    case 'merge2-zh':
      return fromTextBeads(merge(beads, 'zh', 2, random));
    case 'merge2-en':
      return fromTextBeads(merge(beads, 'en', 2, random));
    case 'merge3-zh':
      return fromTextBeads(merge(beads, 'zh', 3, random));
    case 'merge3-en':
      return fromTextBeads(merge(beads, 'en', 3, random));
    case 'mixed': {
      // One of each change, on different beads as far as the document allows.
      const once = 1;
      merge(beads, 'zh', 2, random, once);
      merge(beads, 'en', 2, random, once);
      drop(beads, 'zh', random, once);
      drop(beads, 'en', random, once);
      return fromTextBeads(beads);
    }
  }
}

/**
 * A synthetic pair: `count` 1:1 beads drawn at random from the given pairs and put in random order, so that
 * neighbouring paragraphs are unrelated, as they are where a translator left one out.
 */
export function shuffledPair(pairs: readonly AlignedPair[], count: number, seed: number): AlignedPair {
  const random = seededRandom(seed);
  const pool = pairs.flatMap(textBeads).filter((bead) => bead.zh.length === 1 && bead.en.length === 1);
  return fromTextBeads(pick([...pool.keys()], count, random).map((k) => pool[k]!));
}
