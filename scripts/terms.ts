import { alignBitext } from '../lib/bitext';
import { CorpusError, readTextFile, splitParagraphs } from '../lib/corpus';
import { findOccurrences } from '../lib/terms';

const USAGE = 'usage: npm run --silent terms -- ZH.txt EN.txt';
const EXIT_BAD_INPUT = 2;

/** Paragraphs of a text file, or a one-line error on stderr naming the file. */
function readParagraphs(file: string): string[] | null {
  try {
    return splitParagraphs(readTextFile(file));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return null;
  }
}

/**
 * Aligns a Chinese text with its English and prints one JSON line per glossary-term occurrence in the
 * Chinese: the term, its paragraph, the English paragraphs of its bead and the rendering found there.
 */
function main(args: readonly string[]): number {
  const [zhFile, enFile] = args;
  if (zhFile === undefined || enFile === undefined || args.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  const zh = readParagraphs(zhFile);
  const en = zh && readParagraphs(enFile);
  if (!zh || !en) return EXIT_BAD_INPUT;
  const beads = alignBitext(zh, en);
  for (const o of findOccurrences(zhFile, zh, en, beads)) {
    const line = { term: o.term, zh: o.zh.paragraph, en: beads[o.bead]?.en ?? [], rendering: o.rendering };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
