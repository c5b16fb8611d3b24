/** Aligns the paragraphs of a Chinese text and its English translation; prints the beads in gold.tsv format. */
import { formatBeads } from '../lib/align';
import { alignBitext } from '../lib/bitext';
import { CorpusError, readTextFile, splitParagraphs } from '../lib/corpus';

const USAGE = 'npm run --silent align -- ZH.txt EN.txt';
const EXIT_BAD_INPUT = 2;

function readParagraphs(file: string): string[] {
  const paragraphs = splitParagraphs(readTextFile(file));
  if (paragraphs.length === 0) throw new CorpusError(file, 'holds no text');
  return paragraphs;
}

function main(args: readonly string[]): number {
  const [zhFile, enFile] = args;
  if (zhFile === undefined || enFile === undefined || args.length !== 2) {
    process.stderr.write(`align: expected 2 files, got ${args.length} (usage: ${USAGE})\n`);
    return EXIT_BAD_INPUT;
  }
  let zh: string[];
  let en: string[];
  try {
    zh = readParagraphs(zhFile);
    en = readParagraphs(enFile);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  process.stdout.write(formatBeads(alignBitext(zh, en)));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
