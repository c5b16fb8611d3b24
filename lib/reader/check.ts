import { CHECK_ALIGNMENT_BELOW, type Bead } from '../align';

/**
 * Whether a bead asks for a look: the aligner's (not given by a file nor checked by a person), and the
 * aligner less sure of it than CHECK_ALIGNMENT_BELOW (calibrated in lib/align on the perturbation cases of bench:align).
 */
export function needsCheck(bead: Pick<Bead, 'confidence' | 'origin'>): boolean {
  return bead.origin === undefined && bead.confidence < CHECK_ALIGNMENT_BELOW;
}
