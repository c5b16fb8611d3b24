import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignBitext } from '../bitext';
import {
  addCounts,
  emptySentenceScore,
  addSentenceScores,
  f1,
  paragraphFigures,
  precision,
  readDevFolder,
  recall,
} from '../../scripts/lib/eval/dev';
import { sentenceFigures } from '../../scripts/lib/eval/dev-report';

/**
 * The aligner on unseen texts (issue 17): the dev texts' grouped and deleted cases and paragraph perturbations, as
 * bench:align --dev prints them. The floors are what the aligner reaches, a little under; where that is below the
 * issue's goal the goal is named beside it.
 */
/** Every document, several seeds, the whole pipeline: a minute on a busy machine. */
const LONG = 180_000;
const docs = readDevFolder(path.join('tests', 'fixtures', 'dev-texts'));

const total = (deleted: boolean) => docs.map((doc) => sentenceFigures(doc, deleted)).reduce(addSentenceScores, emptySentenceScore());

describe('alignment quality on the dev texts', () => {
  it('keeps the sentences of grouped segments together (sentence-bead F1, goal 0.95; reached 0.988)', { timeout: LONG }, () => {
    expect(f1(total(false).beads)).toBeGreaterThanOrEqual(0.98);
  });

  it('finds the segments left out of one side (F1 goal 0.95; omission precision goal 0.90, recall goal 0.80)', { timeout: LONG }, () => {
    const score = total(true);
    // Reached: F1 0.924, omissions 0.953 / 0.796, additions 0.975 / 0.696 (the flags shown, SHOW_FLAG_ABOVE).
    expect(f1(score.beads)).toBeGreaterThanOrEqual(0.92);
    expect(precision(score.omissions)).toBeGreaterThanOrEqual(0.94);
    expect(recall(score.omissions)).toBeGreaterThanOrEqual(0.79);
    expect(precision(score.additions)).toBeGreaterThanOrEqual(0.95);
    expect(recall(score.additions)).toBeGreaterThanOrEqual(0.69);
  });

  it('aligns perturbed paragraphs (micro F1 goal 0.97 overall, 0.95 per kind)', { timeout: LONG }, () => {
    // Reached: 0.955 overall; the lowest kinds are mixed, 0.905, and drop-zh, 0.940.
    const kinds = paragraphFigures(docs, alignBitext);
    expect(f1(Object.values(kinds).reduce(addCounts))).toBeGreaterThanOrEqual(0.95);
    for (const [kind, counts] of Object.entries(kinds)) expect(f1(counts), kind).toBeGreaterThanOrEqual(0.9);
  });
});
