import { CorpusError, readTextFile, splitParagraphs } from '../lib/corpus';
import { segmentParagraphs } from '../lib/segment';

const USAGE = 'usage: npm run --silent segment -- FILE';
const EXIT_BAD_INPUT = 2;

function main(args: readonly string[]): number {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  for (const tokens of segmentParagraphs(splitParagraphs(text))) {
    // White-space tokens, inner line breaks included, become the single separating space.
    const shown = tokens.filter((token) => token.kind !== 'space').map((token) => token.text);
    process.stdout.write(`${shown.join(' ')}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
