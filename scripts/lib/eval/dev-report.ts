/** bench:align --dev DIR: the figures of scripts/lib/eval/dev.ts, per document and in total, printed as tables. */
import { alignBitext, alignBitextSentences } from '../../../lib/bitext';
import { SHOW_FLAG_ABOVE } from '../../../lib/sentence';
import { timed } from '../measure';
import {
  DEV_SEEDS,
  addCounts,
  addSentenceScores,
  emptySentenceScore,
  f1,
  paragraphFigures,
  precision,
  readDevFolder,
  recall,
  scoreSentenceCase,
  sentenceCase,
  type Counts,
  type DevDocument,
  type ScoredFlag,
  type SentenceScore,
} from './dev';

const fixed = (x: number) => x.toFixed(3);

/** Documents to tune on (even places in name order) and to check on (odd places). */
export function halves<T>(docs: readonly T[]): { tune: T[]; check: T[] } {
  return { tune: docs.filter((_, k) => k % 2 === 0), check: docs.filter((_, k) => k % 2 === 1) };
}

/** The sentence figures of one document over DEV_SEEDS, and its flags with their confidences. */
export function sentenceFigures(doc: DevDocument, deleted: boolean): SentenceScore & { flags: ScoredFlag[] } {
  let total = emptySentenceScore();
  const flags: ScoredFlag[] = [];
  for (const seed of DEV_SEEDS) {
    const c = sentenceCase(doc, seed, deleted);
    const scored = scoreSentenceCase(c, alignBitextSentences(c.zh, c.en).sentences.flat(), (bead) => bead.confidence >= SHOW_FLAG_ABOVE);
    total = addSentenceScores(total, scored);
    flags.push(...scored.flags);
  }
  return { ...total, flags };
}

function sentenceRow(name: string, s: SentenceScore) {
  return {
    document: name,
    beads: s.beads.gold,
    P: fixed(precision(s.beads)),
    R: fixed(recall(s.beads)),
    F1: fixed(f1(s.beads)),
    omissions: s.omissions.gold,
    'om P': fixed(precision(s.omissions)),
    'om R': fixed(recall(s.omissions)),
    additions: s.additions.gold,
    'add P': fixed(precision(s.additions)),
    'add R': fixed(recall(s.additions)),
  };
}

export function devReport(dir: string): void {
  const docs = readDevFolder(dir);
  const { tune, check } = halves(docs.map((d) => d.name));
  const flags: ScoredFlag[] = [];
  for (const deleted of [false, true]) {
    const ms = { total: 0 };
    const figures = docs.map((doc) => {
      const run = timed(() => sentenceFigures(doc, deleted));
      ms.total += run.ms;
      if (deleted) flags.push(...run.result.flags);
      return { name: doc.name, score: run.result };
    });
    const sum = (names: readonly string[]) =>
      figures.filter((f) => names.includes(f.name)).reduce((a, f) => addSentenceScores(a, f.score), emptySentenceScore());
    console.log(
      `Sentences, ${deleted ? 'deleted' : 'grouped'} cases (paragraphs of 2–4 segments${deleted ? ', ~30% of segments without one side' : ''}; seeds ${DEV_SEEDS.join(', ')}; ${(ms.total / 1000).toFixed(1)} s):`,
    );
    console.table([
      ...figures.map((f) => sentenceRow(f.name, f.score)),
      sentenceRow('tune half', sum(tune)),
      sentenceRow('check half', sum(check)),
      sentenceRow('total', sum(docs.map((d) => d.name))),
    ]);
  }

  console.log(
    `Calibration of omission/addition flags on the deleted cases (${flags.length} flags; shown at confidence >= ${SHOW_FLAG_ABOVE}):`,
  );
  const rightTotal = flags.filter((f) => f.right).length;
  console.table(
    [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((threshold) => {
      const shown = flags.filter((f) => f.confidence >= threshold);
      const right = shown.filter((f) => f.right).length;
      return {
        'show at >=': threshold,
        shown: shown.length,
        'shown that are right': fixed(shown.length ? right / shown.length : 1),
        'right flags shown': fixed(rightTotal ? right / rightTotal : 1),
      };
    }),
  );

  const byKind = (subset: readonly DevDocument[]) => paragraphFigures(subset, alignBitext);
  const rows = (label: string, subset: readonly DevDocument[]) => {
    const kinds = byKind(subset);
    const overall = Object.values(kinds).reduce(addCounts);
    const cell = (c: Counts) => `${fixed(f1(c))} (${c.gold})`;
    return { docs: label, ...Object.fromEntries(Object.entries(kinds).map(([kind, c]) => [kind, cell(c)])), overall: cell(overall) };
  };
  console.log(`Paragraphs on perturbed dev texts (bench:align's kinds, seeds ${DEV_SEEDS.join(', ')}): micro F1 (gold beads):`);
  console.table([
    rows(
      'tune half',
      docs.filter((d) => tune.includes(d.name)),
    ),
    rows(
      'check half',
      docs.filter((d) => check.includes(d.name)),
    ),
    rows('all', docs),
  ]);
}
