import { describe, expect, it } from 'vitest';
import { canMove, canSplit, mergeWithNext, moveParagraph, sameBeads, split, type EditBead } from './edit-beads';

const beads: EditBead[] = [
  { zh: [0], en: [0] },
  { zh: [1, 2], en: [1] },
  { zh: [3], en: [2, 3] },
];

describe('alignment edits', () => {
  it('merges a bead with the next', () => {
    expect(mergeWithNext(beads, 0)).toEqual([
      { zh: [0, 1, 2], en: [0, 1] },
      { zh: [3], en: [2, 3] },
    ]);
    expect(mergeWithNext(beads, 2)).toBe(beads);
  });
  it('splits after the first paragraph of each side, and undoes a merge', () => {
    expect(canSplit(beads, 0)).toBe(false);
    expect(split(beads, 1)).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
      { zh: [2], en: [] },
      { zh: [3], en: [2, 3] },
    ]);
    expect(split(mergeWithNext(beads, 0), 0).slice(0, 1)).toEqual([{ zh: [0], en: [0] }]);
  });
  it('moves only a first paragraph back and a last one forward, keeping the order', () => {
    expect(canMove(beads, 1, 'zh', 1, -1)).toBe(true);
    expect(canMove(beads, 1, 'zh', 2, -1)).toBe(false);
    expect(canMove(beads, 0, 'zh', 0, -1)).toBe(false);
    expect(moveParagraph(beads, 1, 'zh', 2, 1)).toEqual([
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
      { zh: [2, 3], en: [2, 3] },
    ]);
  });
  it('removes a bead left empty', () => {
    const moved = moveParagraph(
      [
        { zh: [0], en: [0] },
        { zh: [], en: [1] },
      ],
      1,
      'en',
      1,
      -1,
    );
    expect(moved).toEqual([{ zh: [0], en: [0, 1] }]);
  });
  it('compares alignments by their paragraphs', () => {
    expect(
      sameBeads(
        beads,
        beads.map((b) => ({ ...b })),
      ),
    ).toBe(true);
    expect(sameBeads(beads, mergeWithNext(beads, 0))).toBe(false);
  });
});
