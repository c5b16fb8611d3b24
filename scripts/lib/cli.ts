import { CorpusError, readTextFile, splitParagraphs } from '../../lib/corpus';

/** Exit status for input a command cannot use: wrong arguments, or a missing, unreadable or empty file. */
export const EXIT_BAD_INPUT = 2;

/**
 * The paragraphs of a text file, read and split as lib/corpus reads the corpus. A file with no
 * text is refused like a missing one: an empty input is a mistake, not a text with no paragraphs.
 */
export function readParagraphs(file: string): string[] {
  const paragraphs = splitParagraphs(readTextFile(file));
  if (paragraphs.length === 0) throw new CorpusError(file, 'holds no text');
  return paragraphs;
}

/** Runs a command's `main` on its arguments; a CorpusError becomes its one-line message on stderr and EXIT_BAD_INPUT. */
export function runCommand(main: (args: readonly string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
