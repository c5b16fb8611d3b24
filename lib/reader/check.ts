import type { Bead } from '../align';

/**
 * Beads the aligner is less sure of than this (its confidence is the bead's posterior probability, see
 * lib/align) get a quiet "check alignment" marker: below one half the aligner itself thinks the bead is
 * more likely wrong than right. The one place the reader and the alignment editor read the threshold from.
 */
export const CHECK_ALIGNMENT_BELOW = 0.5;

/** Whether a bead asks for a look: unsure and not checked by hand. */
export function needsCheck(bead: Pick<Bead, 'confidence' | 'checked'>): boolean {
  return !bead.checked && bead.confidence < CHECK_ALIGNMENT_BELOW;
}
