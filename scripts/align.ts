/**
 * Aligns the paragraphs of a Chinese text and its English translation; prints the beads in gold.tsv format,
 * or with --sentences one JSON object per sentence bead: {"zh": [sentences], "en": [sentences]}.
 */
import { formatBeads } from '../lib/align';
import { alignBitext, alignBitextSentences } from '../lib/bitext';
import { EXIT_BAD_INPUT, readParagraphs, runCommand } from './lib/cli';

const USAGE = 'npm run --silent align -- [--sentences] ZH.txt EN.txt';
const SENTENCES_FLAG = '--sentences';

/** One line per sentence bead, in reading order: each sentence as in the input, trimmed. */
function sentenceLines(zh: readonly string[], en: readonly string[]): string {
  return alignBitextSentences(zh, en)
    .sentences.flat()
    .map((bead) => `${JSON.stringify({ zh: bead.zh.map((s) => s.text), en: bead.en.map((s) => s.text) })}\n`)
    .join('');
}

function main(args: readonly string[]): number {
  const sentences = args[0] === SENTENCES_FLAG;
  const files = sentences ? args.slice(1) : args;
  const [zhFile, enFile] = files;
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (unknown !== undefined) {
    process.stderr.write(`align: unknown option ${unknown} (usage: ${USAGE})\n`);
    return EXIT_BAD_INPUT;
  }
  if (zhFile === undefined || enFile === undefined || files.length !== 2) {
    process.stderr.write(`align: expected 2 files, got ${files.length} (usage: ${USAGE})\n`);
    return EXIT_BAD_INPUT;
  }
  const zh = readParagraphs(zhFile);
  const en = readParagraphs(enFile);
  process.stdout.write(sentences ? sentenceLines(zh, en) : formatBeads(alignBitext(zh, en)));
  return 0;
}

runCommand(main);
