import { CHECK_ALIGNMENT_BELOW, type Bead } from '../align';

/**
 * Whether a bead asks for a look: not checked by hand, and the aligner less sure of it than
 * CHECK_ALIGNMENT_BELOW (calibrated in lib/align on the perturbation cases of bench:align).
 */
export function needsCheck(bead: Pick<Bead, 'confidence' | 'checked'>): boolean {
  return !bead.checked && bead.confidence < CHECK_ALIGNMENT_BELOW;
}
