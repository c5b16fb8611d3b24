/**
 * Translation evidence from a dictionary, in the manner of Moore (2002) but with CC-CEDICT glosses and the
 * glossary instead of a trained IBM model: each Chinese word of a group of units either finds one of its
 * renderings among the English group's words or does not, and each English content word either is a rendering
 * of some Chinese word of the group or is not. Under "these groups translate each other" that happens with the
 * probability the document's own aligned units show (re-estimated per word from a first alignment); under
 * "unrelated" with the probability of meeting it in a random unit of the same size. The score of a bead is the
 * log-likelihood ratio of the two; a unit left alone scores 0, so gluing an unrelated unit into a bead costs
 * about as many nats as it has words that fail to match.
 *
 * The dictionary misses much of a translator's wording, so the sentence aligner also learns pairs from the document
 * itself (Moore 2002; hunalign's -realign): English stems that no dictionary word explains in the first pass's
 * confident beads, paired with the Chinese character bigrams they always occur with there, one to one (learn). A learnt pair only
 * makes the stem producible by the units holding the bigram, so its chance and reliability are estimated like any
 * rendering's: a bigram that most units hold makes its stem a likely chance match and says little.
 */
import { contentStems } from '../english';
import type { Bead, Lexicon } from './types';

/**
 * The chance of meeting a word in a random group grows with the group's length, so the tables hold it for
 * lengths from 1/2^(SMALLEST_BUCKET/2) to 2^((BUCKETS - 1 - SMALLEST_BUCKET)/2) times the mean unit length,
 * in steps of √2: fine enough that no bucket's chance is off by more than about a fifth.
 */
const BUCKETS = 21;
const SMALLEST_BUCKET = 8;
const BUCKET_STEPS_PER_DOUBLING = 2;

function bucketOf(relativeLength: number): number {
  const at = Math.round(BUCKET_STEPS_PER_DOUBLING * Math.log2(Math.max(relativeLength, Number.MIN_VALUE))) + SMALLEST_BUCKET;
  return Math.min(BUCKETS - 1, Math.max(0, at));
}

/**
 * Share of a unit's words that find their rendering in a true translation, before the document says otherwise:
 * a middling guess (dictionary glosses miss many of a translator's choices), enough for the first pass, whose
 * beads then give the document's own value.
 */
const PRIOR_MATCH_SHARE = 0.4;
/** Bounds on the document's own share, so that a first pass gone wrong cannot switch the evidence off or make it absolute. */
const MIN_MATCH_SHARE = 0.15;
const MAX_MATCH_SHARE = 0.85;
/**
 * How many occurrences the document-wide share counts as, against a word's own matches: a word seen once must
 * not decide its own reliability, a word seen ten times mostly does.
 */
const PRIOR_STRENGTH = 4;
/** Chance of a chance match for a word that no unit of the other side contains, in units of 1/units. */
const UNSEEN_SHARE = 0.5;

/** Where a unit's text is cut into sentences: after 。！？ (and closing quotes), or at the space after . ! ? */
const SENTENCE_CUT = /(?<=[。！？][”’」』）]*)|(?<=[.!?]["”’)]*)\s+/u;
/**
 * A translated paragraph may leave some of its sentences out. So, in a bead's score, the misses of one sentence of
 * a unit cost at most this, about what the sentence aligner charges for a sentence without counterpart (its 1:0
 * prior and deletion cost), provided another sentence of the same unit gains more than it misses (a score above
 * SENTENCE_SUPPORT): a unit none of whose sentences shows evidence is unrelated and pays every miss. On the dev
 * texts (bench:align --dev) a support threshold of 2 nats changes nothing (the dictionary finds few renderings in
 * their English); 0 lifts mixed perturbations from 0.889 to 0.896 and the check half from 0.933 to 0.935.
 */
const SENTENCE_MISS_CAP = 8;
const SENTENCE_SUPPORT = 0;

/** Runs of Chinese characters, whose bigrams stand for the Chinese words of pairs learnt from the document. */
const HAN_RUN = /\p{Script=Han}+/gu;
/**
 * Which first-pass beads teach word pairs: those whose dictionary evidence is above this, in nats. On the dev texts
 * (bench:align --dev) 1 to 3 give the same figures; from 3.5 one grouped-case bead is lost.
 */
const LEARN_MIN_SCORE = 2;
/**
 * A learnt pair must occur together in at least this many confident beads and never apart in them (Dice 1). A dev
 * document has 10–30 sentence beads, half of them confident: at Dice 0.6 or 0.8 it learns up to hundreds of chance
 * pairs and grouped-case F1 falls (tune half 1.000 to 0.97–0.99); at 1 what is left is mostly names and terms
 * (峰会 summit, 救援 rescue, 立峰 Lifeng, 工银 ICBC). Linked one to one inside each bead (competitive linking), a stem
 * is no longer learnt for every bigram of its word and their neighbours alike: grouped-case F1 0.982 → 0.988, the
 * deleted cases unchanged.
 */
const LEARN_MIN_COUNT = 2;
const LEARN_MIN_DICE = 1;

interface PreparedLexicon {
  /** Chinese headwords by first character, longest first, for forward maximum matching. */
  byFirstChar: Map<string, { word: string; entry: number }[]>;
  /** Per entry, its renderings as lists of content stems; renderings of stop words only are gone. */
  renderings: string[][][];
}

const preparedLexicons = new WeakMap<Lexicon, PreparedLexicon>();

function prepare(lexicon: Lexicon): PreparedLexicon {
  let prepared = preparedLexicons.get(lexicon);
  if (prepared) return prepared;
  const byFirstChar = new Map<string, { word: string; entry: number }[]>();
  const renderings = lexicon.entries.map((item, entry) => {
    const first = item.zh[0];
    if (first !== undefined) {
      const list = byFirstChar.get(first) ?? [];
      list.push({ word: item.zh, entry });
      byFirstChar.set(first, list);
    }
    return item.en.map(contentStems).filter((stems) => stems.length > 0);
  });
  for (const list of byFirstChar.values()) list.sort((a, b) => b.word.length - a.word.length);
  prepared = { byFirstChar, renderings };
  preparedLexicons.set(lexicon, prepared);
  return prepared;
}

/** Lexicon entries found in a Chinese text by forward maximum matching, each once. */
function chineseEntries(text: string, lexicon: PreparedLexicon): number[] {
  const found = new Set<number>();
  let at = 0;
  while (at < text.length) {
    const match = lexicon.byFirstChar.get(text[at]!)?.find(({ word }) => text.startsWith(word, at));
    if (match) {
      found.add(match.entry);
      at += match.word.length;
    } else at += 1;
  }
  return [...found];
}

/** A word pair the sentence aligner learnt from the document: a Chinese character bigram and an English stem. */
export interface LearntPair {
  zh: string;
  en: string;
}

export interface TranslationModel {
  /** Log-likelihood ratio, in nats, that zh units [i, i + m) and en units [j, j + n) translate each other. */
  score(i: number, m: number, j: number, n: number): number;
  /**
   * Log-likelihood ratio, in nats, of one unit's own words finding their renderings in a group of the other side:
   * zh unit `unit` against en units [start, start + count), or en unit `unit` against zh units. Not cached.
   */
  unitScore(lang: 'zh' | 'en', unit: number, start: number, count: number): number;
  /** Re-estimates how reliably each word finds its rendering, from these beads (those with both sides count). */
  train(beads: readonly Bead[]): void;
  /**
   * After train: learns word pairs the dictionary misses from those of these beads whose evidence is clearly
   * positive, and re-estimates the English side's chances and reliabilities with them. Not for paragraphs: a
   * document has too few (7–28 on the dev texts), and learning from them lowered grouped-case sentence F1 from 0.988
   * to 0.971. Returns the pairs learnt.
   */
  learn(beads: readonly Bead[]): LearntPair[];
}

/** Per item (a Chinese word or an English stem): the score when it matches / fails to, by other-side group length bucket. */
interface Tables {
  gain: Float64Array;
  miss: Float64Array;
}

function tables(randomShare: Float64Array, matchShare: Float64Array): Tables {
  const gain = new Float64Array(randomShare.length * BUCKETS);
  const miss = new Float64Array(randomShare.length * BUCKETS);
  randomShare.forEach((f, item) => {
    const p = matchShare[item]!;
    for (let b = 0; b < BUCKETS; b += 1) {
      const units = 2 ** ((b - SMALLEST_BUCKET) / BUCKET_STEPS_PER_DOUBLING);
      const chance = 1 - (1 - f) ** units;
      // A word that a random group contains as often as a translation says nothing either way.
      if (p <= chance) continue;
      gain[item * BUCKETS + b] = Math.log(p / chance);
      miss[item * BUCKETS + b] = Math.log((1 - p) / (1 - chance));
    }
  });
  return { gain, miss };
}

/**
 * Builds the translation evidence for two sequences of units (paragraphs or sentences) of one document.
 * Chinese units are cut into lexicon words by forward maximum matching; English units into content stems.
 */
export function translationModel(zh: readonly string[], en: readonly string[], lexicon: Lexicon): TranslationModel {
  const prepared = prepare(lexicon);
  const stemIds = new Map<string, number>();
  // Each item once per unit, with the sentence it first occurs in.
  const enSentenceOf: Int32Array[] = [];
  const enUnits = en.map((text) => {
    const ids = new Map<number, number>();
    text.split(SENTENCE_CUT).forEach((sentence, k) => {
      for (const s of contentStems(sentence)) {
        let id = stemIds.get(s);
        if (id === undefined) {
          id = stemIds.size;
          stemIds.set(s, id);
        }
        if (!ids.has(id)) ids.set(id, k);
      }
    });
    enSentenceOf.push(Int32Array.from(ids.values()));
    return Int32Array.from(ids.keys());
  });
  const stemCount = stemIds.size;

  // Chinese words, numbered locally, with the renderings the English could possibly contain.
  const wordIds = new Map<number, number>();
  const wordRenderings: Int32Array[][] = [];
  const zhSentenceOf: Int32Array[] = [];
  const zhUnits = zh.map((text) => {
    const ids = new Map<number, number>();
    text.split(SENTENCE_CUT).forEach((sentence, k) => {
      for (const entry of chineseEntries(sentence, prepared)) {
        let id = wordIds.get(entry);
        if (id === undefined) {
          const renderings = prepared.renderings[entry]!.flatMap((stems) => {
            const known = stems.map((s) => stemIds.get(s));
            return known.every((k) => k !== undefined) ? [Int32Array.from(known as number[])] : [];
          });
          id = wordRenderings.length;
          wordIds.set(entry, id);
          wordRenderings.push(renderings);
        }
        if (!ids.has(id)) ids.set(id, k);
      }
    });
    zhSentenceOf.push(Int32Array.from(ids.values()));
    return Int32Array.from(ids.keys());
  });
  const wordCount = wordRenderings.length;
  // The English stems each Chinese unit could account for.
  const producible = zhUnits.map((words) => {
    const stems = new Set<number>();
    for (const w of words) for (const rendering of wordRenderings[w]!) for (const s of rendering) stems.add(s);
    return Int32Array.from(stems);
  });

  const stemMark = new Uint32Array(stemCount);
  let stemStamp = 0;
  const markStems = (stems: Int32Array) => {
    stemStamp += 1;
    for (const s of stems) stemMark[s] = stemStamp;
  };
  const matchedWords = (a: number, e: number): Int32Array => {
    markStems(enUnits[e]!);
    const out: number[] = [];
    zhUnits[a]!.forEach((w, k) => {
      if (wordRenderings[w]!.some((rendering) => rendering.every((s) => stemMark[s] === stemStamp))) out.push(k);
    });
    return Int32Array.from(out);
  };
  const matchedStems = (b: number, z: number): Int32Array => {
    markStems(producible[z]!);
    const out: number[] = [];
    enUnits[b]!.forEach((s, k) => {
      if (stemMark[s] === stemStamp) out.push(k);
    });
    return Int32Array.from(out);
  };
  // Every bead that holds units a and e asks for their matches again: keep them, one small map per unit (one map
  // over all pairs of a long document cost a quarter of its alignment).
  const zhCache = zh.map(() => new Map<number, Int32Array>());
  const enCache = en.map(() => new Map<number, Int32Array>());
  const zhMatches = (a: number, e: number) => {
    const cache = zhCache[a]!;
    let hit = cache.get(e);
    if (!hit) cache.set(e, (hit = matchedWords(a, e)));
    return hit;
  };
  const enMatches = (b: number, z: number) => {
    const cache = enCache[b]!;
    let hit = cache.get(z);
    if (!hit) cache.set(z, (hit = matchedStems(b, z)));
    return hit;
  };

  // How often a random unit of the other side holds each item: the share of that side's units that match it.
  const unitsWithStem: number[][] = Array.from({ length: stemCount }, () => []);
  enUnits.forEach((stems, e) => stems.forEach((s) => unitsWithStem[s]!.push(e)));
  const enSets = enUnits.map((stems) => new Set(stems));
  const floor = (units: number) => UNSEEN_SHARE / Math.max(1, units);
  const wordRandom = Float64Array.from(wordRenderings, (renderings) => {
    const units = new Set<number>();
    for (const rendering of renderings) {
      const [first, ...rest] = rendering;
      if (first === undefined) continue;
      for (const e of unitsWithStem[first]!) if (rest.every((s) => enSets[e]!.has(s))) units.add(e);
    }
    return Math.max(floor(en.length), units.size / Math.max(1, en.length));
  });
  const stemChance = () => {
    const stemUnits = new Float64Array(stemCount);
    for (const stems of producible) for (const s of stems) stemUnits[s]! += 1;
    return stemUnits.map((count) => Math.max(floor(zh.length), count / Math.max(1, zh.length)));
  };
  let stemRandom = stemChance();

  // Character bigrams of each Chinese unit, for pairs learnt from the document itself.
  const zhBigrams = zh.map((text) => {
    const found = new Set<string>();
    const han = text.match(HAN_RUN) ?? [];
    for (const run of han) for (let k = 0; k + 1 < run.length; k += 1) found.add(run.slice(k, k + 2));
    return found;
  });
  /**
   * Learns English stems that the dictionary does not account for from confident beads: a stem no dictionary word
   * of its bead renders is paired with a Chinese bigram that always occurs with it (Dice over the confident beads, at
   * least LEARN_MIN_COUNT times together and linked to it as often); every Chinese unit holding such a bigram can
   * then produce the stem. Returns the pairs learnt.
   */
  const stemNames = [...stemIds.keys()];
  const learnPairs = (confident: readonly Bead[]): LearntPair[] => {
    const bigramBeads = new Map<string, number>();
    const stemBeads = new Map<number, number>();
    const together = new Map<string, number>();
    const beadItems: { bigrams: Set<string>; unexplained: Set<number> }[] = [];
    for (const bead of confident) {
      const bigrams = new Set<string>();
      for (const u of bead.zh) for (const g of zhBigrams[u]!) bigrams.add(g);
      const unexplained = new Set<number>();
      for (const e of bead.en) {
        const matched = new Set<number>();
        for (const z of bead.zh) for (const k of enMatches(e, z)) matched.add(k);
        enUnits[e]!.forEach((s, k) => {
          if (!matched.has(k)) unexplained.add(s);
        });
      }
      beadItems.push({ bigrams, unexplained });
      for (const g of bigrams) bigramBeads.set(g, (bigramBeads.get(g) ?? 0) + 1);
      for (const s of unexplained) {
        stemBeads.set(s, (stemBeads.get(s) ?? 0) + 1);
        for (const g of bigrams) {
          const key = `${s}\t${g}`;
          together.set(key, (together.get(key) ?? 0) + 1);
        }
      }
    }
    // Pairs that always occur together; several bigrams may stand by one stem (救援 and 援队 by "rescue").
    const candidates: { s: number; g: string; n: number }[] = [];
    for (const [key, n] of together) {
      if (n < LEARN_MIN_COUNT) continue;
      const tab = key.indexOf('\t');
      const s = Number(key.slice(0, tab));
      const g = key.slice(tab + 1);
      if ((2 * n) / (stemBeads.get(s)! + bigramBeads.get(g)!) >= LEARN_MIN_DICE) candidates.push({ s, g, n });
    }
    candidates.sort((a, b) => b.n - a.n);
    // Competitive linking (Melamed 2000): in each bead a stem is linked to one bigram and a bigram to one stem, the
    // better supported first, and a pair is learnt when it was linked often enough.
    const links = new Map<string, number>();
    for (const { bigrams, unexplained } of beadItems) {
      const linkedStems = new Set<number>();
      const linkedBigrams = new Set<string>();
      for (const { s, g } of candidates) {
        if (!unexplained.has(s) || !bigrams.has(g) || linkedStems.has(s) || linkedBigrams.has(g)) continue;
        linkedStems.add(s);
        linkedBigrams.add(g);
        const key = `${s}\t${g}`;
        links.set(key, (links.get(key) ?? 0) + 1);
      }
    }
    const learnt = new Map<string, number[]>();
    const pairs: LearntPair[] = [];
    for (const { s, g } of candidates) {
      if ((links.get(`${s}\t${g}`) ?? 0) < LEARN_MIN_COUNT) continue;
      const list = learnt.get(g) ?? [];
      list.push(s);
      learnt.set(g, list);
      pairs.push({ zh: g, en: stemNames[s]! });
    }
    if (pairs.length === 0) return pairs;
    zhBigrams.forEach((bigrams, z) => {
      const stems = new Set(producible[z]);
      for (const g of bigrams) for (const s of learnt.get(g) ?? []) stems.add(s);
      producible[z] = Int32Array.from(stems);
    });
    return pairs;
  };

  // Unit lengths (in items) relative to the side's mean, for the chance of meeting an item in a group.
  const relative = (units: Int32Array[]) => {
    const mean = units.reduce((sum, items) => sum + items.length, 0) / Math.max(1, units.length);
    return Float64Array.from(units, (items) => (mean > 0 ? items.length / mean : 1));
  };
  const zhRelativeLength = relative(zhUnits);
  const enRelativeLength = relative(enUnits);

  let zhTables = tables(wordRandom, new Float64Array(wordCount).fill(PRIOR_MATCH_SHARE));
  let enTables = tables(stemRandom, new Float64Array(stemCount).fill(PRIOR_MATCH_SHARE));

  // Scratch marks: which items of a unit matched some unit of the other group.
  let mark = new Uint32Array(0);
  let stamp = 0;
  let bySentence = new Float64Array(0);
  const side = (
    units: Int32Array[],
    sentenceOf: Int32Array[] | undefined,
    start: number,
    count: number,
    otherStart: number,
    otherCount: number,
    otherLength: Float64Array,
    matches: (unit: number, other: number) => Int32Array,
    { gain, miss }: Tables,
  ) => {
    let llr = 0;
    let length = 0;
    for (let o = otherStart; o < otherStart + otherCount; o += 1) length += otherLength[o]!;
    const column = bucketOf(length);
    for (let u = start; u < start + count; u += 1) {
      const items = units[u]!;
      if (mark.length < items.length) mark = new Uint32Array(items.length * 2);
      stamp += 1;
      for (let o = otherStart; o < otherStart + otherCount; o += 1) for (const k of matches(u, o)) mark[k] = stamp;
      const sentences = sentenceOf?.[u];
      const last = sentences && sentences.length > 0 ? sentences[sentences.length - 1]! : 0;
      if (!sentences || last === 0) {
        for (let k = 0; k < items.length; k += 1) {
          const cell = items[k]! * BUCKETS + column;
          llr += mark[k] === stamp ? gain[cell]! : miss[cell]!;
        }
        continue;
      }
      if (bySentence.length <= last) bySentence = new Float64Array((last + 1) * 2);
      bySentence.fill(0, 0, last + 1);
      for (let k = 0; k < items.length; k += 1) {
        const cell = items[k]! * BUCKETS + column;
        bySentence[sentences[k]!]! += mark[k] === stamp ? gain[cell]! : miss[cell]!;
      }
      let supported = false;
      for (let p = 0; p <= last; p += 1) if (bySentence[p]! > SENTENCE_SUPPORT) supported = true;
      for (let p = 0; p <= last; p += 1) llr += supported ? Math.max(bySentence[p]!, -SENTENCE_MISS_CAP) : bySentence[p]!;
    }
    return llr;
  };

  /** Per item of one side: the share of its occurrences in these beads that find a rendering on the other side, smoothed. */
  const shares = (
    units: Int32Array[],
    matches: (unit: number, other: number) => Int32Array,
    items: number,
    beads: readonly Bead[],
    lang: 'zh' | 'en',
  ): Float64Array => {
    const seen = new Float64Array(items);
    const hit = new Float64Array(items);
    for (const bead of beads) {
      if (bead.zh.length === 0 || bead.en.length === 0) continue;
      const [own, other] = lang === 'zh' ? [bead.zh, bead.en] : [bead.en, bead.zh];
      for (const u of own) {
        const matched = new Set<number>();
        for (const o of other) for (const k of matches(u, o)) matched.add(k);
        units[u]!.forEach((item, k) => {
          seen[item]! += 1;
          if (matched.has(k)) hit[item]! += 1;
        });
      }
    }
    const total = seen.reduce((sum, x) => sum + x, 0);
    const overall = total > 0 ? hit.reduce((sum, x) => sum + x, 0) / total : PRIOR_MATCH_SHARE;
    const prior = Math.min(MAX_MATCH_SHARE, Math.max(MIN_MATCH_SHARE, overall));
    return seen.map((n, item) => (hit[item]! + PRIOR_STRENGTH * prior) / (n + PRIOR_STRENGTH));
  };

  const model: TranslationModel = {
    score(i, m, j, n) {
      if (m === 0 || n === 0) return 0;
      return (
        side(zhUnits, zhSentenceOf, i, m, j, n, enRelativeLength, zhMatches, zhTables) +
        side(enUnits, enSentenceOf, j, n, i, m, zhRelativeLength, enMatches, enTables)
      );
    },
    unitScore(lang, unit, start, count) {
      return lang === 'zh'
        ? side(zhUnits, undefined, unit, 1, start, count, enRelativeLength, zhMatches, zhTables)
        : side(enUnits, undefined, unit, 1, start, count, zhRelativeLength, enMatches, enTables);
    },
    train(beads) {
      zhTables = tables(wordRandom, shares(zhUnits, zhMatches, wordCount, beads, 'zh'));
      enTables = tables(stemRandom, shares(enUnits, enMatches, stemCount, beads, 'en'));
    },
    learn(beads) {
      const confident = beads.filter(
        (bead) =>
          bead.zh.length > 0 &&
          bead.en.length > 0 &&
          model.score(bead.zh[0]!, bead.zh.length, bead.en[0]!, bead.en.length) > LEARN_MIN_SCORE,
      );
      const pairs = learnPairs(confident);
      if (pairs.length === 0) return pairs;
      for (const cache of enCache) cache.clear();
      stemRandom = stemChance();
      enTables = tables(stemRandom, shares(enUnits, enMatches, stemCount, beads, 'en'));
      return pairs;
    },
  };
  return model;
}
