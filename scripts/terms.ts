import { alignBitext } from '../lib/bitext';
import { getGlossary, GlossaryError, loadUserGlossary, selectGlossary, type GlossaryEntry } from '../lib/glossary';
import { findOccurrences } from '../lib/terms';
import { EXIT_BAD_INPUT, readParagraphs, runCommand } from './lib/cli';

const USAGE = 'usage: npm run --silent terms -- [--glossary FILE.csv|FILE.tbx] ZH.txt EN.txt';
const GLOSSARY_FLAG = '--glossary';

/** The project's glossary with the user's merged over it ('both'), or a one-line error on stderr. */
function readGlossary(file: string | undefined): readonly GlossaryEntry[] | null {
  if (file === undefined) return getGlossary();
  try {
    return selectGlossary('both', loadUserGlossary(file, getGlossary()));
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return null;
  }
}

/** The glossary file and the two text files, or null when the arguments are not that. */
function parseArgs(args: readonly string[]): { glossary: string | undefined; zhFile: string; enFile: string } | null {
  const flag = args.indexOf(GLOSSARY_FLAG);
  const glossary = flag === -1 ? undefined : args[flag + 1];
  if (flag !== -1 && (glossary === undefined || glossary.startsWith('--'))) return null;
  const rest = flag === -1 ? args : [...args.slice(0, flag), ...args.slice(flag + 2)];
  const [zhFile, enFile] = rest;
  if (zhFile === undefined || enFile === undefined || rest.length !== 2 || rest.some((a) => a.startsWith('--'))) return null;
  return { glossary, zhFile, enFile };
}

/**
 * Aligns a Chinese text with its English and prints one JSON line per glossary-term occurrence in the
 * Chinese: the term, its paragraph, the English paragraphs of its bead and the rendering found there.
 * With --glossary, the user's terms (CSV or TBX-Basic) are merged over the project's.
 */
function main(args: readonly string[]): number {
  const parsed = parseArgs(args);
  if (!parsed) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  const glossary = readGlossary(parsed.glossary);
  if (!glossary) return EXIT_BAD_INPUT;
  const zh = readParagraphs(parsed.zhFile);
  const en = readParagraphs(parsed.enFile);
  const beads = alignBitext(zh, en);
  for (const o of findOccurrences(parsed.zhFile, zh, en, beads, glossary)) {
    const line = { term: o.term, zh: o.zh.paragraph, en: beads[o.bead]?.en ?? [], rendering: o.rendering };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

runCommand(main);
