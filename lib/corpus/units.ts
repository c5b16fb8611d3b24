import { readBeadRows } from './alignment';
import { CorpusError, type SourceUnit } from './types';

/** A document folder's record of the units of the bilingual file it was imported from. */
export const UNITS_FILE = 'units.tsv';

const UNITS_HEADER = "# zh<TAB>en paragraph indices (0-based)<TAB>the imported file's unit id, one unit per line\n";

const SIDE_NAME = { zh: 'Chinese', en: 'English' } as const;

/** Ids may hold any character; a tab, a line end and the backslash are written as \t, \n, \r and \\. */
const escapeId = (id: string) => id.replace(/[\\\t\n\r]/gu, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char] ?? char);
const unescapeId = (id: string) => id.replace(/\\([\\tnr])/gu, (_, char: string) => ({ t: '\t', n: '\n', r: '\r' })[char] ?? char);

/**
 * Reads a units.tsv against the paragraph counts of its document. Each paragraph belongs to at most one
 * unit, in order (a paragraph added by hand may belong to none); problems throw a CorpusError naming the
 * file and line.
 */
export function parseUnits(tsv: string, counts: { zh: number; en: number }, file: string): SourceUnit[] {
  const rows = readBeadRows(tsv, file);
  const last = { zh: -1, en: -1 };
  return rows.map(({ bead, third, line }) => {
    const where = `line ${line}`;
    if (third === undefined || third === '') throw new CorpusError(file, 'the unit id (third column) is missing', where);
    for (const side of ['zh', 'en'] as const) {
      for (const index of bead[side]) {
        const name = SIDE_NAME[side];
        if (index >= counts[side]) {
          throw new CorpusError(file, `paragraph ${index} of the ${name} does not exist (the ${name} has ${counts[side]}, numbered from 0)`, where);
        }
        if (index <= last[side]) throw new CorpusError(file, `paragraph ${index} of the ${name} comes after paragraph ${last[side]}`, where);
        last[side] = index;
      }
    }
    return { zh: bead.zh, en: bead.en, id: unescapeId(third) };
  });
}

/** The text of a units.tsv: its header comment, then one `zh<TAB>en<TAB>id` line per unit. */
export function formatUnits(units: readonly SourceUnit[]): string {
  return UNITS_HEADER + units.map((unit) => `${unit.zh.join(',')}\t${unit.en.join(',')}\t${escapeId(unit.id)}\n`).join('');
}

/** For each side, the unit each paragraph belongs to (an index into the units), built once per list of units. */
const unitOfParagraph = new WeakMap<readonly SourceUnit[], { zh: Map<number, number>; en: Map<number, number> }>();

function paragraphUnits(units: readonly SourceUnit[]): { zh: Map<number, number>; en: Map<number, number> } {
  let index = unitOfParagraph.get(units);
  if (!index) {
    index = { zh: new Map(), en: new Map() };
    for (const [k, unit] of units.entries()) {
      for (const p of unit.zh) if (!index.zh.has(p)) index.zh.set(p, k);
      for (const p of unit.en) if (!index.en.has(p)) index.en.set(p, k);
    }
    unitOfParagraph.set(units, index);
  }
  return index;
}

/**
 * The ids of the units whose paragraphs lie in a bead, in order: what maps a bead back to its source file.
 * Through an index of the units, since an export asks for every bead (scanning the units each time was
 * quadratic: 10,000 units took 12 s).
 */
export function unitIdsOf(units: readonly SourceUnit[] | undefined, bead: { zh: readonly number[]; en: readonly number[] }): string[] {
  if (!units) return [];
  const index = paragraphUnits(units);
  const found = new Set<number>();
  for (const p of bead.zh) {
    const k = index.zh.get(p);
    if (k !== undefined) found.add(k);
  }
  for (const p of bead.en) {
    const k = index.en.get(p);
    if (k !== undefined) found.add(k);
  }
  return [...found].sort((a, b) => a - b).flatMap((k) => units[k]?.id ?? []);
}
