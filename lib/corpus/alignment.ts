import { BeadFormatError, parseBeads, type Bead, type BeadOrigin } from '../align';
import { CorpusError } from './types';

/** A document folder's alignment given by a file or checked by a person, in gold.tsv format with an origin column. */
export const ALIGNMENT_FILE = 'alignment.tsv';

/** First line of an alignment.tsv this program writes; a comment, so the file stays gold.tsv format. */
const ALIGNMENT_HEADER =
  '# zh<TAB>en paragraph indices (0-based)<TAB>origin, one bead per line; origin "file": given by the imported file, "person" (or none): checked by hand\n';

const ORIGINS: readonly BeadOrigin[] = ['file', 'person'];
/** What a row without an origin column means: every alignment.tsv before the column was checked by hand. */
const DEFAULT_ORIGIN: BeadOrigin = 'person';

const SIDE_NAME = { zh: 'Chinese', en: 'English' } as const;

/** Lines parseBeads skips: the same rule, so bead k of its result sits on the k-th remaining line. */
const isSkipped = (raw: string) => (raw.trim() === '' && !raw.includes('\t')) || raw.startsWith('#');

/** One bead line of a gold.tsv-style file with a third column, and the line it stands on. */
export interface BeadRow {
  bead: Bead;
  /** The third column, as written; undefined when the line has two. */
  third: string | undefined;
  line: number;
}

/**
 * Reads a gold.tsv-style file whose lines may carry a third column (alignment.tsv's origin, units.tsv's
 * unit id). Format problems throw a CorpusError naming `file` and the line.
 */
export function readBeadRows(tsv: string, file: string): BeadRow[] {
  const rows: BeadRow[] = [];
  tsv.split(/\r\n|\r|\n/u).forEach((raw, k) => {
    const line = k + 1;
    if (isSkipped(raw)) return;
    const fields = raw.split('\t');
    if (fields.length > 3) throw new CorpusError(file, `expected 2 or 3 tab-separated fields, found ${fields.length}`, `line ${line}`);
    let bead: Bead | undefined;
    try {
      [bead] = parseBeads(`${fields[0] ?? ''}\t${fields[1] ?? ''}`, file);
    } catch (error) {
      if (!(error instanceof BeadFormatError)) throw error;
      throw new CorpusError(file, error.message.slice(`${error.file} (line ${error.line}): `.length), `line ${line}`);
    }
    if (bead) rows.push({ bead, third: fields[2], line });
  });
  return rows;
}

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
 * Reads an alignment.tsv against the paragraph counts of its document: certain beads, each with its
 * origin (third column `file` or `person`; a line without one, as every file before the column, was
 * checked by hand). Format and coverage problems throw a CorpusError naming the file and line.
 */
export function parseAlignment(tsv: string, counts: { zh: number; en: number }, file: string): Bead[] {
  const rows = readBeadRows(tsv, file);
  checkAlignment(
    rows.map((row) => row.bead),
    counts,
    file,
    rows.map((row) => row.line),
  );
  return rows.map(({ bead, third, line }) => {
    const origin = third === undefined ? DEFAULT_ORIGIN : ORIGINS.find((o) => o === third.trim());
    if (origin === undefined) throw new CorpusError(file, `origin "${third}" is neither "file" nor "person"`, `line ${line}`);
    return { ...bead, origin };
  });
}

/** The text of an alignment.tsv: its header comment, then one `zh<TAB>en<TAB>origin` line per bead (no origin: person). */
export function formatAlignment(beads: readonly Bead[]): string {
  return ALIGNMENT_HEADER + beads.map((bead) => `${bead.zh.join(',')}\t${bead.en.join(',')}\t${bead.origin ?? DEFAULT_ORIGIN}\n`).join('');
}
