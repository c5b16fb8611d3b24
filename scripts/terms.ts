import { alignBitext } from '../lib/bitext';
import { findOccurrences } from '../lib/terms';
import { EXIT_BAD_INPUT, readParagraphs, runCommand } from './lib/cli';

const USAGE = 'usage: npm run --silent terms -- ZH.txt EN.txt';

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
  const en = readParagraphs(enFile);
  const beads = alignBitext(zh, en);
  for (const o of findOccurrences(zhFile, zh, en, beads)) {
    const line = { term: o.term, zh: o.zh.paragraph, en: beads[o.bead]?.en ?? [], rendering: o.rendering };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

runCommand(main);
