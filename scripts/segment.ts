import { segmentParagraphs } from '../lib/segment';
import { EXIT_BAD_INPUT, readParagraphs, runCommand } from './lib/cli';

const USAGE = 'usage: npm run --silent segment -- FILE';

function main(args: readonly string[]): number {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  for (const tokens of segmentParagraphs(readParagraphs(file))) {
    // White-space tokens, inner line breaks included, become the single separating space.
    const shown = tokens.filter((token) => token.kind !== 'space').map((token) => token.text);
    process.stdout.write(`${shown.join(' ')}\n`);
  }
  return 0;
}

runCommand(main);
