/**
 * Alignment figures on unseen texts: cases built from a folder of documents whose paragraphs are paired 1-1
 * (zh.txt, en.txt, gold.tsv per subfolder, as tests/fixtures/dev-texts), scored strictly against the pairing.
 *
 * Sentence cases: consecutive pairs grouped into paragraphs of 2–4 (the same grouping on both sides), then
 * about 30% of the pairs lose one side (two thirds of them the English), so that their other side is an omission
 * or an addition inside a paragraph that keeps some translated text. Paragraph cases: bench:align's
 * perturbations (drops, merges, mixed) of the 1-1 pairs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BeadFormatError, parseBeads, type Bead } from '../../../lib/align';
import { CorpusError, readTextFile, splitParagraphs } from '../../../lib/corpus';
import type { Lang, SentenceBead } from '../../../lib/sentence';
import { PERTURBATION_KINDS, perturbPair, seededRandom, type AlignedPair, type PerturbationKind } from './perturb';

/** A document of the dev folder: its paired segments, segment k of one side translating segment k of the other. */
export interface DevDocument {
  name: string;
  zh: string[];
  en: string[];
}

/** Reads every subfolder of `dir` that holds zh.txt, en.txt and a 1-1 gold.tsv, in name order. */
export function readDevFolder(dir: string): DevDocument[] {
  if (!existsSync(dir)) throw new CorpusError(dir, 'no such folder');
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'gold.tsv')))
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) throw new CorpusError(dir, 'holds no folder with zh.txt, en.txt and gold.tsv');
  return names.map((name) => {
    const folder = path.join(dir, name);
    const zh = splitParagraphs(readTextFile(path.join(folder, 'zh.txt')));
    const en = splitParagraphs(readTextFile(path.join(folder, 'en.txt')));
    const goldFile = path.join(folder, 'gold.tsv');
    const gold = parseBeads(readFileSync(goldFile, 'utf8'), goldFile);
    const pairs = gold.map((bead, k) => {
      const [z] = bead.zh;
      const [e] = bead.en;
      if (bead.zh.length !== 1 || bead.en.length !== 1 || zh[z!] === undefined || en[e!] === undefined) {
        throw new BeadFormatError(goldFile, k + 1, `bead ${k + 1} is not 1-1 between paragraphs of zh.txt and en.txt`);
      }
      return { zh: zh[z!]!, en: en[e!]! };
    });
    return { name, zh: pairs.map((p) => p.zh), en: pairs.map((p) => p.en) };
  });
}

/** Where a segment lies in a case's paragraph: segment `segment` is text.slice(start, end) of paragraph `paragraph`. */
interface Piece {
  segment: number;
  paragraph: number;
  start: number;
  end: number;
}

/** A sentence case: two texts of grouped segments, and which segment each side's text comes from. */
export interface SentenceCase {
  zh: string[];
  en: string[];
  pieces: Record<Lang, Piece[]>;
  /** Per segment: whether its side is still there. */
  kept: Record<Lang, boolean[]>;
}

const MIN_GROUP = 2;
const MAX_GROUP = 4;
/** Share of the segments that lose one side, and the share of those that lose the English. */
export const DELETED_SHARE = 0.3;
const ENGLISH_SHARE = 2 / 3;
/** What joins segments into a paragraph; after a segment with no sentence end (a headline) a line break, as a heading line. */
const JOINER: Record<Lang, string> = { zh: '', en: ' ' };
const SENTENCE_END = /[。！？；.!?;…]["”’」』)）]*$/u;

/** The grouped case (deleted = false) or the deleted one, chosen by `seed`. */
export function sentenceCase(doc: DevDocument, seed: number, deleted: boolean): SentenceCase {
  const random = seededRandom(seed);
  const groups: number[][] = [];
  for (let k = 0; k < doc.zh.length;) {
    const size = MIN_GROUP + Math.floor(random() * (MAX_GROUP - MIN_GROUP + 1));
    groups.push(Array.from({ length: Math.min(size, doc.zh.length - k) }, (_, n) => k + n));
    k += size;
  }
  const kept: Record<Lang, boolean[]> = { zh: doc.zh.map(() => true), en: doc.en.map(() => true) };
  if (deleted) {
    const order = doc.zh.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k -= 1) {
      const swap = Math.floor(random() * (k + 1));
      [order[k], order[swap]] = [order[swap]!, order[k]!];
    }
    let count = Math.round(doc.zh.length * DELETED_SHARE);
    for (const segment of order) {
      if (count === 0) break;
      const side: Lang = random() < ENGLISH_SHARE ? 'en' : 'zh';
      const group = groups.find((g) => g.includes(segment))!;
      // Each paragraph keeps some text on both sides, so that the paragraph aligner has a bead to give.
      if (group.filter((s) => s !== segment && kept[side][s]).length === 0) continue;
      kept[side][segment] = false;
      count -= 1;
    }
  }
  const out: SentenceCase = { zh: [], en: [], pieces: { zh: [], en: [] }, kept };
  for (const lang of ['zh', 'en'] as const) {
    for (const group of groups) {
      const paragraph = out[lang].length;
      let text = '';
      for (const segment of group) {
        if (!kept[lang][segment]) continue;
        if (text !== '') text += SENTENCE_END.test(text) ? JOINER[lang] : '\n';
        const piece = doc[lang][segment]!;
        out.pieces[lang].push({ segment, paragraph, start: text.length, end: text.length + piece.length });
        text += piece;
      }
      out[lang].push(text);
    }
  }
  return out;
}

export interface Counts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

const zero = (): Counts => ({ predicted: 0, correct: 0, gold: 0, found: 0 });
export const addCounts = (a: Counts, b: Counts): Counts => ({
  predicted: a.predicted + b.predicted,
  correct: a.correct + b.correct,
  gold: a.gold + b.gold,
  found: a.found + b.found,
});
export const precision = (c: Counts) => (c.predicted === 0 ? 1 : c.correct / c.predicted);
export const recall = (c: Counts) => (c.gold === 0 ? 1 : c.found / c.gold);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** Sentence beads, omissions (Chinese only) and additions (English only), counted against a case's segments. */
export interface SentenceScore {
  beads: Counts;
  omissions: Counts;
  additions: Counts;
}

export const addSentenceScores = (a: SentenceScore, b: SentenceScore): SentenceScore => ({
  beads: addCounts(a.beads, b.beads),
  omissions: addCounts(a.omissions, b.omissions),
  additions: addCounts(a.additions, b.additions),
});
export const emptySentenceScore = (): SentenceScore => ({ beads: zero(), omissions: zero(), additions: zero() });

/** A flagged omission or addition and whether it is right, for calibrating confidences. */
export interface ScoredFlag {
  confidence: number;
  right: boolean;
}

/**
 * Strict scoring: a predicted bead is right when all its sentences lie inside one segment pair on both sides and
 * it is empty on a side exactly when that pair lost the side. A segment pair is found when every predicted bead
 * that takes any of its sentences is right. Omission flags are the predicted beads with no English; additions
 * those with no Chinese.
 */
export function scoreSentenceCase(
  c: SentenceCase,
  predicted: readonly SentenceBead[],
  isFlag: (bead: SentenceBead) => boolean = () => true,
): SentenceScore & { flags: ScoredFlag[] } {
  // The segment that holds most of the sentence: a closing quote that opens the next segment stays with its sentence.
  const segmentOf = (lang: Lang, paragraph: number, start: number, end: number) => {
    let best = { segment: -1, overlap: 0 };
    for (const p of c.pieces[lang]) {
      const overlap = p.paragraph === paragraph ? Math.min(end, p.end) - Math.max(start, p.start) : 0;
      if (overlap > best.overlap) best = { segment: p.segment, overlap };
    }
    return best.segment;
  };
  const segments = c.kept.zh.length;
  const wrongAt = new Uint8Array(segments);
  const hiddenAt = new Uint8Array(segments);
  const score = emptySentenceScore();
  const flags: ScoredFlag[] = [];
  for (const bead of predicted) {
    const zh = bead.zh.map((s) => segmentOf('zh', s.paragraph, s.start, s.end));
    const en = bead.en.map((s) => segmentOf('en', s.paragraph, s.start, s.end));
    const all = new Set([...zh, ...en]);
    const [only] = all;
    const right =
      all.size === 1 && only !== -1 && (bead.zh.length === 0) === !c.kept.zh[only!] && (bead.en.length === 0) === !c.kept.en[only!];
    if (!right) for (const s of all) if (s >= 0) wrongAt[s] = 1;
    score.beads.predicted += 1;
    if (right) score.beads.correct += 1;
    const kind = bead.en.length === 0 ? score.omissions : bead.zh.length === 0 ? score.additions : undefined;
    if (kind) {
      const shown = isFlag(bead);
      flags.push({ confidence: bead.confidence, right });
      if (shown) {
        kind.predicted += 1;
        if (right) kind.correct += 1;
      } else if (right) hiddenAt[only!] = 1;
    }
  }
  for (let s = 0; s < segments; s += 1) {
    const found = wrongAt[s] === 0;
    score.beads.gold += 1;
    if (found) score.beads.found += 1;
    const kind = !c.kept.en[s] ? score.omissions : !c.kept.zh[s] ? score.additions : undefined;
    if (kind) {
      kind.gold += 1;
      if (found && hiddenAt[s] === 0) kind.found += 1;
    }
  }
  return { ...score, flags };
}

/** The 1-1 pairs of a dev document as an aligned pair, for the paragraph perturbations. */
export function devPair(doc: DevDocument): AlignedPair {
  return { zh: [...doc.zh], en: [...doc.en], gold: doc.zh.map((_, k): Bead => ({ zh: [k], en: [k], confidence: 1 })) };
}

export const DEV_SEEDS = [1, 2, 3] as const;

/** Micro-averaged exact-bead counts of an aligner on every perturbation kind of the documents, DEV_SEEDS each. */
export function paragraphFigures(
  docs: readonly DevDocument[],
  align: (zh: readonly string[], en: readonly string[]) => Bead[],
): Record<PerturbationKind, Counts> {
  const key = (bead: Bead) => `${bead.zh.join(',')}|${bead.en.join(',')}`;
  return Object.fromEntries(
    PERTURBATION_KINDS.map((kind) => {
      let counts = zero();
      for (const doc of docs) {
        for (const seed of DEV_SEEDS) {
          const pair = perturbPair(devPair(doc), kind, seed);
          const gold = new Set(pair.gold.map(key));
          const beads = align(pair.zh, pair.en);
          const correct = beads.filter((bead) => gold.has(key(bead))).length;
          counts = addCounts(counts, { predicted: beads.length, correct, gold: pair.gold.length, found: correct });
        }
      }
      return [kind, counts];
    }),
  ) as Record<PerturbationKind, Counts>;
}
