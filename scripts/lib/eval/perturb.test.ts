import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_ALIGNMENT_BELOW, alignParagraphs, parseBeads, scoreBeads, type Bead, type Lexicon } from '../../../lib/align';
import { buildLexicon } from '../../../lib/dict';
import { segmentParagraph } from '../../../lib/segment';
import { corpusDocument } from '../../../tests/unit/corpus-index';
import { PERTURBATION_KINDS, perturbPair, shuffledPair, type AlignedPair } from './perturb';

function goldPair(slug: string): AlignedPair {
  const doc = corpusDocument(slug);
  if (!doc?.zh || !doc.en) throw new Error(`${slug} is not a bilingual corpus document`);
  return { zh: doc.zh, en: doc.en, gold: parseBeads(readFileSync(path.join('tests', 'fixtures', 'gold', `${slug}.tsv`), 'utf8')) };
}

const cyberLaw = goldPair('qiushi-2024-14-cyber-law');
const selfConfidence = goldPair('qiushi-2024-14-self-confidence');
const lexicon: Lexicon = buildLexicon(
  new Set([...cyberLaw.zh, ...selfConfidence.zh].flatMap((p) => segmentParagraph(p).flatMap((t) => (t.kind === 'word' ? [t.text] : [])))),
);
const squeeze = (texts: readonly string[]) => texts.join('').replace(/\s+/gu, '');

describe('perturbPair', () => {
  it('keeps a well-formed gold alignment and every paragraph text it does not drop, for any kind and seed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERTURBATION_KINDS), fc.integer({ min: 0, max: 2 ** 31 }), (kind, seed) => {
        const pair = perturbPair(selfConfidence, kind, seed);
        expect(pair.gold.flatMap((b) => b.zh)).toEqual([...pair.zh.keys()]);
        expect(pair.gold.flatMap((b) => b.en)).toEqual([...pair.en.keys()]);
        // Each gold bead's texts are whole original beads' texts, merged or with one side dropped.
        const original = new Set(selfConfidence.gold.map((b) => squeeze(b.zh.map((k) => selfConfidence.zh[k]!))));
        for (const bead of pair.gold) {
          if (kind.startsWith('drop') && (bead.zh.length === 0 || bead.en.length === 0)) continue;
          if (bead.zh.length === 1 && bead.en.length === 1 && !kind.startsWith('merge'))
            expect(original.has(squeeze(bead.zh.map((k) => pair.zh[k]!)))).toBe(true);
        }
        if (kind === 'drop-zh') expect(pair.en).toEqual(selfConfidence.en);
        if (kind === 'drop-en') expect(pair.zh).toEqual(selfConfidence.zh);
        if (kind.startsWith('merge')) expect(squeeze(pair.zh)).toBe(squeeze(selfConfidence.zh));
      }),
      { numRuns: 100 },
    );
  });

  it('merges three neighbouring Chinese paragraphs into one bead of one Chinese and three English paragraphs', () => {
    const pair = perturbPair(cyberLaw, 'merge3-zh', 1);
    expect(pair.zh.length).toBe(cyberLaw.zh.length - 2 * pair.gold.filter((b) => b.en.length === 3).length);
    expect(pair.gold.filter((b) => b.en.length === 3).every((b) => b.zh.length === 1)).toBe(true);
  });

  it('builds shuffled pairs from 1:1 beads only', () => {
    const pair = shuffledPair([cyberLaw, selfConfidence], 40, 1);
    expect(pair.gold).toHaveLength(40);
    expect(pair.gold.every((b) => b.zh.length === 1 && b.en.length === 1)).toBe(true);
  });
});

describe('the aligner on perturbed pairs', () => {
  const before = { lexicon, lexiconWeight: 0.25, translationWeight: 0, maxGroup: 2 };
  const after = { lexicon, lexiconWeight: 0.25 };
  const f1 = (pair: AlignedPair, options: typeof after) => scoreBeads(alignParagraphs(pair.zh, pair.en, options), pair.gold).f1;

  it.each(PERTURBATION_KINDS)('with translation evidence scores F1 ≥ 0.9 on cyber-law %s (seeds 1–3), no worse than before', (kind) => {
    const pairs = [1, 2, 3].map((seed) => perturbPair(cyberLaw, kind, seed));
    const now = pairs.map((pair) => f1(pair, after));
    const then = pairs.map((pair) => f1(pair, before));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(now)).toBeGreaterThanOrEqual(0.9);
    expect(mean(now)).toBeGreaterThanOrEqual(mean(then));
  });

  it('leaves an English paragraph whose Chinese was dropped on its own instead of gluing it to a neighbour', () => {
    const pair = perturbPair(cyberLaw, 'drop-zh', 2);
    const alone = pair.gold.filter((b) => b.zh.length === 0);
    expect(alone.length).toBeGreaterThan(0);
    const beads = alignParagraphs(pair.zh, pair.en, after).map(({ zh, en }) => ({ zh, en }));
    expect(beads).toEqual(pair.gold.map(({ zh, en }) => ({ zh, en })));
    const glued = alignParagraphs(pair.zh, pair.en, before).filter((b) => b.zh.length === 0).length;
    expect(glued, 'without translation evidence some are glued').toBeLessThan(alone.length);
  });

  it("finds most of a translator's 3:1 merges, which Gale & Church's shapes cannot express, and flags the beads it gets wrong there", () => {
    const pair = perturbPair(selfConfidence, 'merge3-en', 2);
    const merged = pair.gold.filter((b) => b.zh.length === 3);
    const found = alignParagraphs(pair.zh, pair.en, after);
    const key = (b: { zh: number[]; en: number[] }) => `${b.zh}|${b.en}`;
    const foundKeys = new Set(found.map(key));
    const hits = merged.filter((b) => foundKeys.has(key(b))).length;
    // Three missed of nine: each paragraph of a merge must show evidence of its own (UNSUPPORTED_UNIT_COST), which
    // costs one merge here and wins drops on unseen texts (bench:align --dev).
    expect(hits).toBeGreaterThanOrEqual(merged.length - 3);
    const goldKeys = new Set(pair.gold.map(key));
    // The wrong beads the aligner is sure of are pieces of a missed merge, split where a paragraph of it shows no
    // evidence of its own; every other wrong bead is flagged.
    const inside = (b: Bead, gold: Bead) => b.zh.every((k) => gold.zh.includes(k)) && b.en.every((k) => gold.en.includes(k));
    const sureButWrong = found.filter((b) => !goldKeys.has(key(b)) && b.confidence >= CHECK_ALIGNMENT_BELOW);
    for (const bead of sureButWrong)
      expect(
        merged.some((gold) => inside(bead, gold)),
        key(bead),
      ).toBe(true);
  });
});
