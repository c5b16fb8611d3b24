/**
 * Paragraph alignment against the gold alignments: for every bilingual corpus document, bead precision,
 * recall and F1 and the median time of several runs, for the aligner and for plain Gale–Church in the same
 * process; then the time to align a synthetic pair of about 2,000 paragraphs a side (the documents
 * concatenated over and over), scored against the correspondingly shifted gold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { alignParagraphs, galeChurchBaseline, parseBeads, scoreBeads, type Bead } from '../lib/align';
import { alignBitext } from '../lib/bitext';
import { getCorpus } from '../lib/corpus';
import { percentile, timed } from './lib/measure';

const GOLD_DIR = path.join('tests', 'fixtures', 'gold');
const RUNS = 7;
const SYNTHETIC_RUNS = 3;
const SYNTHETIC_PARAGRAPHS = 2000;

type Aligner = (zh: readonly string[], en: readonly string[]) => Bead[];

/** The aligner's beads and its median time over `runs` runs. */
function medianRun(aligner: Aligner, zh: readonly string[], en: readonly string[], runs: number) {
  const results = Array.from({ length: runs }, () => timed(() => aligner(zh, en)));
  return { beads: results.at(-1)?.result ?? [], ms: percentile(results.map((r) => r.ms), 50) };
}

const fixed = (x: number) => x.toFixed(3);

const documents = getCorpus()
  .filter((doc) => doc.kind === 'bilingual' && doc.zh && doc.en)
  .map((doc) => ({
    slug: doc.meta.slug,
    zh: doc.zh!,
    en: doc.en!,
    gold: parseBeads(readFileSync(path.join(GOLD_DIR, `${doc.meta.slug}.tsv`), 'utf8'), `${doc.meta.slug}.tsv`),
  }));

function row(name: string, zh: readonly string[], en: readonly string[], gold: readonly Bead[], runs: number) {
  const ours = medianRun(alignParagraphs, zh, en, runs);
  const base = medianRun(galeChurchBaseline, zh, en, runs);
  const a = scoreBeads(ours.beads, gold);
  const b = scoreBeads(base.beads, gold);
  return {
    document: name,
    'zh/en ¶': `${zh.length}/${en.length}`,
    beads: ours.beads.length,
    P: fixed(a.precision),
    R: fixed(a.recall),
    F1: fixed(a.f1),
    ms: ours.ms.toFixed(1),
    'GC beads': base.beads.length,
    'GC P': fixed(b.precision),
    'GC R': fixed(b.recall),
    'GC F1': fixed(b.f1),
    'GC ms': base.ms.toFixed(1),
    'F1 ratio': b.f1 > 0 ? (a.f1 / b.f1).toFixed(2) : '∞',
  };
}

// The reader's aligner: the same with dictionary evidence (lexicon built once, outside the timing).
function lexicalRow(name: string, zh: readonly string[], en: readonly string[], gold: readonly Bead[]) {
  alignBitext(zh, en);
  const { beads, ms } = medianRun(alignBitext, zh, en, RUNS);
  const s = scoreBeads(beads, gold);
  return { document: name, beads: beads.length, P: fixed(s.precision), R: fixed(s.recall), F1: fixed(s.f1), 'ms (incl. lexicon lookup)': ms.toFixed(1) };
}

console.table(documents.map((doc) => row(doc.slug, doc.zh, doc.en, doc.gold, RUNS)));
console.log('with lexical evidence (lib/bitext, glossary + CC-CEDICT):');
console.table(documents.map((doc) => lexicalRow(doc.slug, doc.zh, doc.en, doc.gold)));

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
console.table([row(`synthetic (corpus × ${Math.round(zh.length / documents.reduce((n, d) => n + d.zh.length, 0))})`, zh, en, gold, SYNTHETIC_RUNS)]);
