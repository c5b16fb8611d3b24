import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../lib/corpus';
import { getGlossary } from '../lib/glossary';
import { checkTermIntegrity, segmentParagraphs, type SegmentOptions } from '../lib/segment';
import { timed } from './lib/measure';

const MS_PER_SECOND = 1000;
const PERCENT = 100;

function rate(chars: number, ms: number): string {
  return `${Math.round((chars / ms) * MS_PER_SECOND).toLocaleString('en-US')} chars/s (${ms.toFixed(0)} ms)`;
}

const paragraphs = loadCorpus().flatMap((doc) => doc.zh ?? []);
const chars = paragraphs.reduce((sum, text) => sum + [...text].length, 0);
const noCache: SegmentOptions = { cacheDir: null };

// Cold first, in a fresh process: the segmenter is created lazily, so this includes loading
// segmentit's dictionaries and the domain dictionary.
const cold = timed(() => segmentParagraphs(paragraphs, noCache));
const uncached = timed(() => segmentParagraphs(paragraphs, noCache));
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-segment-'));
try {
  const filling = timed(() => segmentParagraphs(paragraphs, { cacheDir }));
  const warm = timed(() => segmentParagraphs(paragraphs, { cacheDir }));

  const terms = getGlossary().map((entry) => entry.term);
  const integrity = checkTermIntegrity(paragraphs, cold.result, terms);
  const share = integrity.occurrences === 0 ? PERCENT : (PERCENT * integrity.whole) / integrity.occurrences;

  console.log(
    `corpus: ${paragraphs.length} Chinese paragraphs, ${chars.toLocaleString('en-US')} characters; glossary: ${terms.length} terms`,
  );
  console.log(`glossary-term integrity: ${share.toFixed(1)}% (${integrity.whole}/${integrity.occurrences} occurrences whole)`);
  for (const failure of integrity.failures) {
    console.log(`  FAIL ${failure.term} in paragraph ${failure.paragraph} at ${failure.offset}: ${failure.tokens}`);
  }
  for (const contested of integrity.contested) {
    console.log(
      `  contested (another term took its characters) ${contested.term} in paragraph ${contested.paragraph}: ${contested.tokens}`,
    );
  }
  console.log(`throughput cold (fresh segmenter, no cache): ${rate(chars, cold.ms)}`);
  console.log(`throughput segmenter ready, no cache:       ${rate(chars, uncached.ms)}`);
  console.log(`throughput filling the cache:               ${rate(chars, filling.ms)}`);
  console.log(`throughput warm cache:                      ${rate(chars, warm.ms)}`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
