import { BeadFormatError, type AlignmentScore, type Bead } from './types';

const COMMENT = '#';
const INDEX = /^(?:0|[1-9]\d*)$/;
/** Confidence given to beads read from a file: a gold alignment is certain. */
const READ_CONFIDENCE = 1;

/** Writes beads in gold.tsv format: one `zh<TAB>en` line per bead, indices comma-joined, newline-terminated. */
export function formatBeads(beads: readonly Bead[]): string {
  return beads.map((bead) => `${bead.zh.join(',')}\t${bead.en.join(',')}\n`).join('');
}

function parseSide(text: string, file: string, line: number, side: string): number[] {
  if (text === '') return [];
  const indices = text.split(',').map((part) => {
    if (!INDEX.test(part)) throw new BeadFormatError(file, line, `${side} index "${part}" is not a non-negative integer`);
    return Number(part);
  });
  indices.forEach((index, k) => {
    const previous = indices[k - 1];
    if (previous !== undefined && index <= previous) {
      throw new BeadFormatError(file, line, `${side} indices must ascend, got ${text}`);
    }
  });
  return indices;
}

/** Reads gold.tsv format; blank lines and `#` comments are skipped. Bad lines throw a BeadFormatError naming file and line. */
export function parseBeads(tsv: string, file = '<input>'): Bead[] {
  const beads: Bead[] = [];
  tsv.split(/\r\n|\r|\n/u).forEach((raw, k) => {
    const line = k + 1;
    if ((raw.trim() === '' && !raw.includes('\t')) || raw.startsWith(COMMENT)) return;
    const fields = raw.split('\t');
    if (fields.length !== 2) {
      throw new BeadFormatError(file, line, `expected 2 tab-separated fields, found ${fields.length}`);
    }
    const zh = parseSide(fields[0]!.trim(), file, line, 'zh');
    const en = parseSide(fields[1]!.trim(), file, line, 'en');
    if (zh.length === 0 && en.length === 0) throw new BeadFormatError(file, line, 'bead has no paragraphs on either side');
    beads.push({ zh, en, confidence: READ_CONFIDENCE });
  });
  return beads;
}

const beadKey = (bead: Bead) => `${bead.zh.join(',')}\t${bead.en.join(',')}`;

/** Exact-match bead precision, recall and F1 (a bead counts only if both of its sides equal a gold bead's). */
export function scoreBeads(predicted: readonly Bead[], gold: readonly Bead[]): AlignmentScore {
  if (predicted.length === 0 && gold.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const goldKeys = new Set(gold.map(beadKey));
  const correct = predicted.filter((bead) => goldKeys.has(beadKey(bead))).length;
  const precision = predicted.length === 0 ? 0 : correct / predicted.length;
  const recall = gold.length === 0 ? 0 : correct / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
