/**
 * The alignment editor's operations on beads, InterText's: merge a bead with the next, split a bead,
 * move a paragraph across a bead boundary. Pure functions (the browser runs them; undo keeps the old
 * arrays): each returns new beads that still cover every paragraph once and in order, or the same array
 * when the operation does not apply. Beads here carry only their paragraphs; confidence and origin are
 * settled when the beads are saved (saveAlignment).
 */
export interface EditBead {
  zh: readonly number[];
  en: readonly number[];
}

export type Side = 'zh' | 'en';

const isEmpty = (bead: EditBead) => bead.zh.length === 0 && bead.en.length === 0;

/** Bead `i` and the one after it become one bead. */
export function mergeWithNext(beads: readonly EditBead[], i: number): readonly EditBead[] {
  const a = beads[i];
  const b = beads[i + 1];
  if (!a || !b) return beads;
  return [...beads.slice(0, i), { zh: [...a.zh, ...b.zh], en: [...a.en, ...b.en] }, ...beads.slice(i + 2)];
}

/** Whether split(i) applies: the bead holds more than one paragraph on some side. */
export function canSplit(beads: readonly EditBead[], i: number): boolean {
  const bead = beads[i];
  return bead !== undefined && (bead.zh.length > 1 || bead.en.length > 1);
}

/**
 * Bead `i` becomes two: the first paragraph of each side, then the rest. A side with one paragraph
 * keeps it in the first; moving paragraphs across the new boundary fine-tunes the cut.
 */
export function split(beads: readonly EditBead[], i: number): readonly EditBead[] {
  const bead = beads[i];
  if (!bead || !canSplit(beads, i)) return beads;
  const first = { zh: bead.zh.slice(0, 1), en: bead.en.slice(0, 1) };
  const rest = { zh: bead.zh.slice(1), en: bead.en.slice(1) };
  return [...beads.slice(0, i), first, rest, ...beads.slice(i + 1)];
}

/**
 * Whether paragraph `p` of `side` in bead `i` can move to the bead before (`-1`) or after (`1`): only the
 * first paragraph of a side can move back and only the last forward, so the order stays, and only
 * when that bead exists.
 */
export function canMove(beads: readonly EditBead[], i: number, side: Side, p: number, direction: -1 | 1): boolean {
  const bead = beads[i];
  if (!bead || !beads[i + direction]) return false;
  const list = bead[side];
  return direction === -1 ? list[0] === p : list.at(-1) === p;
}

/** Paragraph `p` of `side` moves from bead `i` to the neighbouring bead; a bead left empty is removed. */
export function moveParagraph(beads: readonly EditBead[], i: number, side: Side, p: number, direction: -1 | 1): readonly EditBead[] {
  if (!canMove(beads, i, side, p, direction)) return beads;
  const next = beads.map((bead) => ({ zh: [...bead.zh], en: [...bead.en] }));
  const from = next[i];
  const to = next[i + direction];
  if (!from || !to) return beads;
  from[side] = from[side].filter((q) => q !== p);
  to[side] = direction === -1 ? [...to[side], p] : [p, ...to[side]];
  return next.filter((bead) => !isEmpty(bead));
}

/** Whether two alignments are the same beads. */
export function sameBeads(a: readonly EditBead[], b: readonly EditBead[]): boolean {
  return (
    a.length === b.length &&
    a.every((bead, k) => {
      const other = b[k];
      return other !== undefined && bead.zh.join() === other.zh.join() && bead.en.join() === other.en.join();
    })
  );
}
