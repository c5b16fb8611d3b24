import { BeadFormatError, parseBeads, type Bead } from '../align';
import { CorpusError } from './types';

/** A document folder's hand-checked alignment, in gold.tsv format. */
export const ALIGNMENT_FILE = 'alignment.tsv';

/** First line of an alignment.tsv this program writes; a comment, so the file stays gold.tsv format. */
export const ALIGNMENT_HEADER = '# zh<TAB>en paragraph indices (0-based), one bead per line, checked by hand\n';

const SIDE_NAME = { zh: 'Chinese', en: 'English' } as const;

/** Lines parseBeads skips: the same rule, so bead k of its result sits on the k-th remaining line. */
const isSkipped = (raw: string) => (raw.trim() === '' && !raw.includes('\t')) || raw.startsWith('#');

/**
 * Checks that beads cover every paragraph of each side exactly once and in order, with no empty bead.
 * `lines[k]` is the line bead k stands on, for the message; the first problem throws a CorpusError
 * naming `file` and that line, e.g. `x/alignment.tsv (line 7): paragraph 12 of the English appears twice`.
 */
export function checkAlignment(
  beads: readonly Bead[],
  counts: { zh: number; en: number },
  file: string,
  lines: readonly number[] = beads.map((_, k) => k + 1),
): void {
  const lineOf = (k: number) => lines[k] ?? k + 1;
  for (const side of ['zh', 'en'] as const) {
    const name = SIDE_NAME[side];
    const count = counts[side];
    const firstLine = new Map<number, number>();
    let next = 0;
    beads.forEach((bead, k) => {
      const where = `line ${lineOf(k)}`;
      if (bead.zh.length === 0 && bead.en.length === 0) throw new CorpusError(file, 'bead has no paragraphs on either side', where);
      for (const index of bead[side]) {
        if (index >= count) {
          throw new CorpusError(file, `paragraph ${index} of the ${name} does not exist (the ${name} has ${count}, numbered from 0)`, where);
        }
        const seen = firstLine.get(index);
        if (seen !== undefined) throw new CorpusError(file, `paragraph ${index} of the ${name} appears twice (first on line ${seen})`, where);
        if (index !== next) {
          throw new CorpusError(file, `paragraph ${next} of the ${name} is missing or out of order (found ${index} where ${next} comes next)`, where);
        }
        firstLine.set(index, lineOf(k));
        next += 1;
      }
    });
    if (next < count) {
      const last = beads.length === 0 ? 'the file has no beads' : `the last bead is on line ${lineOf(beads.length - 1)}`;
      throw new CorpusError(file, `paragraph ${next} of the ${name} is missing (${last})`);
    }
  }
}

/**
 * Reads an alignment.tsv against the paragraph counts of its document. Its beads are marked checked
 * and certain; format and coverage problems throw a CorpusError naming the file and line.
 */
export function parseAlignment(tsv: string, counts: { zh: number; en: number }, file: string): Bead[] {
  let beads: Bead[];
  try {
    beads = parseBeads(tsv, file);
  } catch (error) {
    if (!(error instanceof BeadFormatError)) throw error;
    const prefix = `${error.file} (line ${error.line}): `;
    throw new CorpusError(file, error.message.slice(prefix.length), `line ${error.line}`);
  }
  const lines = tsv.split(/\r\n|\r|\n/u).flatMap((raw, k) => (isSkipped(raw) ? [] : [k + 1]));
  checkAlignment(beads, counts, file, lines);
  return beads.map((bead) => ({ ...bead, checked: true }));
}
