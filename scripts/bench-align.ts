/**
 * Alignment figures. Paragraphs: bead precision, recall and F1 against the gold alignments and the median time of
 * several runs, for the aligner and for plain Gale–Church; the reader's settings (lib/bitext) before and after
 * translation evidence, on the gold documents and on perturbed copies of them and of shuffled synthetic pairs
 * (drops, 2- and 3-way merges, mixed; several seeds); how well bead confidence flags wrong beads; the time to
 * align a synthetic pair of about 2,000 paragraphs a side. Sentences: precision, recall and F1 against the
 * sentence gold, omission-flag precision and recall on sentences dropped from it, and the time to align the
 * sentences of the whole corpus. With --dev DIR, the figures on unseen texts instead (scripts/lib/eval/dev.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CHECK_ALIGNMENT_BELOW,
  alignParagraphs,
  galeChurchBaseline,
  parseBeads,
  scoreBeads,
  type AlignOptions,
  type Bead,
} from '../lib/align';
import { LEXICON_WEIGHT, TRANSLATION_WEIGHT } from '../lib/bitext';
import { loadCorpus } from '../lib/corpus';
import { buildLexicon } from '../lib/dict';
import { segmentParagraph } from '../lib/segment';
import { alignSentences } from '../lib/sentence';
import { PERTURBATION_KINDS, perturbPair, shuffledPair, type AlignedPair } from './lib/eval/perturb';
import { dropSentences, parseSentenceLinks, scoreSentenceLinks, sentenceLinks, type SentenceLink } from './lib/eval/sentence-gold';
import { devReport } from './lib/eval/dev-report';
import { percentile, timed } from './lib/measure';

const GOLD_DIR = path.join('tests', 'fixtures', 'gold');
const SENTENCE_GOLD_DIR = path.join('tests', 'fixtures', 'sentence-gold');
const RUNS = 7;
const SYNTHETIC_RUNS = 3;
const SYNTHETIC_PARAGRAPHS = 2000;
const SEEDS = [1, 2, 3, 4, 5];
/** Shuffled synthetic pairs: how many, and how many beads each (about a corpus essay's length). */
const SHUFFLED_PAIRS = 3;
const SHUFFLED_BEADS = 40;
const THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95, 0.99];

type Aligner = (zh: readonly string[], en: readonly string[]) => Bead[];

/** The value of `run` and its median time over `runs` runs, after one warm-up run. */
function medianRun<T>(run: () => T, runs: number): { value: T; ms: number } {
  run();
  const results = Array.from({ length: runs }, () => timed(run));
  return {
    value: results.at(-1)!.result,
    ms: percentile(
      results.map((r) => r.ms),
      50,
    ),
  };
}

const fixed = (x: number) => x.toFixed(3);
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((sum, x) => sum + x, 0) / xs.length);

function corpusBench(): void {
  const documents = loadCorpus()
    .filter((doc) => doc.kind === 'bilingual' && doc.zh && doc.en)
    .map((doc) => ({
      slug: doc.meta.slug,
      zh: doc.zh!,
      en: doc.en!,
      gold: parseBeads(readFileSync(path.join(GOLD_DIR, `${doc.meta.slug}.tsv`), 'utf8'), `${doc.meta.slug}.tsv`),
    }));

  function row(name: string, zh: readonly string[], en: readonly string[], gold: readonly Bead[], runs: number) {
    const ours = medianRun(() => alignParagraphs(zh, en), runs);
    const base = medianRun(() => galeChurchBaseline(zh, en), runs);
    const a = scoreBeads(ours.value, gold);
    const b = scoreBeads(base.value, gold);
    return {
      document: name,
      'zh/en ¶': `${zh.length}/${en.length}`,
      beads: ours.value.length,
      P: fixed(a.precision),
      R: fixed(a.recall),
      F1: fixed(a.f1),
      ms: ours.ms.toFixed(1),
      'GC beads': base.value.length,
      'GC P': fixed(b.precision),
      'GC R': fixed(b.recall),
      'GC F1': fixed(b.f1),
      'GC ms': base.ms.toFixed(1),
      'F1 ratio': b.f1 > 0 ? (a.f1 / b.f1).toFixed(2) : '∞',
    };
  }

  console.log('Paragraphs, length and anchors only (lib/align without a lexicon) against plain Gale–Church:');
  console.table(documents.map((doc) => row(doc.slug, doc.zh, doc.en, doc.gold, RUNS)));

  // One lexicon for every Chinese word of the gold documents, so that synthetic pairs mixing them are covered too.
  const lexicon = buildLexicon(
    new Set(documents.flatMap((doc) => doc.zh.flatMap((p) => segmentParagraph(p).flatMap((t) => (t.kind === 'word' ? [t.text] : []))))),
  );
  const settings: Record<'before' | 'after', AlignOptions> = {
    // The reader's settings before translation evidence: dictionary matches as anchors only, Gale & Church's shapes.
    before: { lexicon, lexiconWeight: LEXICON_WEIGHT, translationWeight: 0, maxGroup: 2 },
    after: { lexicon, lexiconWeight: LEXICON_WEIGHT, translationWeight: TRANSLATION_WEIGHT },
  };
  const aligner =
    (name: 'before' | 'after'): Aligner =>
    (zh, en) =>
      alignParagraphs(zh, en, settings[name]);

  console.log("Paragraphs with lexical evidence (glossary + CC-CEDICT), the reader's settings before and after translation evidence:");
  console.table(
    documents.map((doc) => {
      const before = medianRun(() => aligner('before')(doc.zh, doc.en), 1);
      const after = medianRun(() => aligner('after')(doc.zh, doc.en), 1);
      return {
        document: doc.slug,
        'F1 before': fixed(scoreBeads(before.value, doc.gold).f1),
        'F1 after': fixed(scoreBeads(after.value, doc.gold).f1),
        'exact after': scoreBeads(after.value, doc.gold).f1 === 1 ? 'yes' : 'NO',
        'ms before': before.ms.toFixed(1),
        'ms after': after.ms.toFixed(1),
      };
    }),
  );

  // Perturbation cases: every kind over the gold documents and shuffled pairs, several seeds each.
  const bases: AlignedPair[] = [
    ...documents.map(({ zh, en, gold }) => ({ zh, en, gold })),
    ...Array.from({ length: SHUFFLED_PAIRS }, (_, k) => shuffledPair(documents, SHUFFLED_BEADS, k + 1)),
  ];
  const calibration: { confidence: number; right: boolean }[] = [];
  const perturbationRows = PERTURBATION_KINDS.map((kind) => {
    const f1 = { before: [] as number[], after: [] as number[] };
    for (const base of bases) {
      for (const seed of SEEDS) {
        const pair = perturbPair(base, kind, seed);
        f1.before.push(scoreBeads(aligner('before')(pair.zh, pair.en), pair.gold).f1);
        const beads = aligner('after')(pair.zh, pair.en);
        f1.after.push(scoreBeads(beads, pair.gold).f1);
        const gold = new Set(pair.gold.map((bead) => `${bead.zh}|${bead.en}`));
        for (const bead of beads) calibration.push({ confidence: bead.confidence, right: gold.has(`${bead.zh}|${bead.en}`) });
      }
    }
    return { kind, cases: f1.after.length, 'F1 before': mean(f1.before), 'F1 after': mean(f1.after) };
  });
  console.log(
    `Paragraph F1 on perturbed pairs (${documents.length} gold documents + ${SHUFFLED_PAIRS} shuffled pairs of ${SHUFFLED_BEADS} beads, seeds ${SEEDS.join(', ')}):`,
  );
  console.table([
    ...perturbationRows.map((r) => ({ ...r, 'F1 before': fixed(r['F1 before']), 'F1 after': fixed(r['F1 after']) })),
    {
      kind: 'mean',
      cases: perturbationRows.reduce((n, r) => n + r.cases, 0),
      'F1 before': fixed(mean(perturbationRows.map((r) => r['F1 before']))),
      'F1 after': fixed(mean(perturbationRows.map((r) => r['F1 after']))),
    },
  ]);

  console.log(
    `Confidence calibration on those cases (after), ${calibration.length} beads; CHECK_ALIGNMENT_BELOW = ${CHECK_ALIGNMENT_BELOW}:`,
  );
  const wrongTotal = calibration.filter((b) => !b.right).length;
  console.table(
    [...new Set([...THRESHOLDS, CHECK_ALIGNMENT_BELOW])].sort().map((threshold) => {
      const flagged = calibration.filter((b) => b.confidence < threshold);
      const unflagged = calibration.filter((b) => b.confidence >= threshold);
      const wrong = (beads: typeof calibration) => beads.filter((b) => !b.right).length;
      return {
        'flag below': threshold,
        flagged: flagged.length,
        'flagged that are wrong': fixed(flagged.length ? wrong(flagged) / flagged.length : 0),
        'unflagged that are wrong': fixed(unflagged.length ? wrong(unflagged) / unflagged.length : 0),
        'wrong beads flagged': fixed(wrongTotal ? wrong(flagged) / wrongTotal : 1),
      };
    }),
  );

  // Sentences, inside the gold paragraph beads so that paragraph errors do not count twice.
  const sentenceDocs = documents.flatMap((doc) => {
    let tsv: string;
    try {
      tsv = readFileSync(path.join(SENTENCE_GOLD_DIR, `${doc.slug}.tsv`), 'utf8');
    } catch {
      return [];
    }
    return [{ ...doc, links: parseSentenceLinks(tsv, `${doc.slug}.tsv`) }];
  });
  const sentenceSettings: Record<string, AlignOptions> = {
    'length and anchors only': {},
    'with translation evidence': settings.after,
  };
  console.log('Sentences inside the gold paragraph beads, against the sentence gold:');
  console.table(
    sentenceDocs.flatMap((doc) =>
      Object.entries(sentenceSettings).map(([name, options]) => {
        const s = scoreSentenceLinks(sentenceLinks(alignSentences(doc.zh, doc.en, doc.gold, options)), doc.links);
        return { document: doc.slug, aligner: name, gold: doc.links.length, P: fixed(s.precision), R: fixed(s.recall), F1: fixed(s.f1) };
      }),
    ),
  );

  const isFlag = (link: SentenceLink) => link.zh.length === 0 || link.en.length === 0;
  const linkKey = (link: SentenceLink) => `${link.bead}|${link.zh}|${link.en}`;
  console.log(`Omission flags on sentences dropped from the sentence gold (one side at a time, seeds ${SEEDS.join(', ')}):`);
  console.table(
    Object.entries(sentenceSettings).flatMap(([name, options]) =>
      (['zh', 'en'] as const).map((side) => {
        let flags = 0;
        let rightFlags = 0;
        let omissions = 0;
        let found = 0;
        const f1: number[] = [];
        for (const doc of sentenceDocs) {
          for (const seed of SEEDS) {
            const dropped = dropSentences(doc.zh, doc.en, doc.gold, doc.links, side, seed);
            const predicted = sentenceLinks(alignSentences(dropped.zh, dropped.en, doc.gold, options));
            const goldFlags = new Set(dropped.links.filter(isFlag).map(linkKey));
            const predictedFlags = predicted.filter(isFlag).map(linkKey);
            flags += predictedFlags.length;
            rightFlags += predictedFlags.filter((key) => goldFlags.has(key)).length;
            omissions += goldFlags.size;
            found += [...goldFlags].filter((key) => predictedFlags.includes(key)).length;
            f1.push(scoreSentenceLinks(predicted, dropped.links).f1);
          }
        }
        return {
          aligner: name,
          'dropped from': side,
          omissions,
          flags,
          precision: fixed(flags ? rightFlags / flags : 1),
          recall: fixed(omissions ? found / omissions : 1),
          'sentence F1': fixed(mean(f1)),
        };
      }),
    ),
  );

  // The whole corpus's sentences, as the site would align them: the paragraph beads and lexicon are already there.
  const corpusBeads = documents.map((doc) => aligner('after')(doc.zh, doc.en));
  const whole = medianRun(() => documents.map((doc, k) => alignSentences(doc.zh, doc.en, corpusBeads[k]!, settings.after)), SYNTHETIC_RUNS);
  const sentenceBeads = whole.value.flat(2);
  console.log(
    `Sentence alignment of the whole corpus (${documents.length} documents, ${sentenceBeads.length} sentence beads, ` +
      `${sentenceBeads.filter((b) => b.zh.length === 0 || b.en.length === 0).length} omissions/additions): ${whole.ms.toFixed(0)} ms (median of ${SYNTHETIC_RUNS})`,
  );

  // The synthetic pair: whole documents one after another until the Chinese side reaches the target size.
  const zh: string[] = [];
  const en: string[] = [];
  const gold: Bead[] = [];
  while (zh.length < SYNTHETIC_PARAGRAPHS && documents.length > 0) {
    for (const doc of documents) {
      const zhOffset = zh.length;
      const enOffset = en.length;
      zh.push(...doc.zh);
      en.push(...doc.en);
      for (const bead of doc.gold) {
        gold.push({ zh: bead.zh.map((k) => k + zhOffset), en: bead.en.map((k) => k + enOffset), confidence: 1 });
      }
    }
  }
  console.table([
    row(`synthetic (corpus × ${Math.round(zh.length / documents.reduce((n, d) => n + d.zh.length, 0))})`, zh, en, gold, SYNTHETIC_RUNS),
  ]);
  const big = medianRun(() => aligner('after')(zh, en), 1);
  console.log(`synthetic pair with translation evidence: F1 ${fixed(scoreBeads(big.value, gold).f1)}, ${big.ms.toFixed(0)} ms`);
}

const devAt = process.argv.indexOf('--dev');
const devDir = devAt >= 0 ? process.argv[devAt + 1] : undefined;
if (devAt >= 0 && devDir === undefined) {
  process.stderr.write('bench:align: --dev needs a folder (usage: npm run bench:align -- [--dev DIR])\n');
  process.exitCode = 2;
} else if (devDir !== undefined) devReport(devDir);
else corpusBench();
