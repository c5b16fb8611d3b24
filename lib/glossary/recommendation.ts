import { ATTESTATION_KINDS, type Attestation, type AttestationKind, type GlossaryEntry } from './types';

/** The basis of an entry no published source was found for: its recommendation is this library's own choice. */
export const NO_PUBLISHED_USAGE = 'no published usage found; the recommendation is this glossary’s own choice';

const KIND_LABEL: Readonly<Record<AttestationKind, string>> = {
  official: 'official',
  'state-media': 'state media',
  scholarly: 'scholarly',
  other: 'other published',
};

/** What the rule recommends for an entry, and why. */
export interface Recommendation {
  rendering: string;
  /** One line a reader can check: the kind of source, its publisher and date. */
  basis: string;
  /** The attestation followed; undefined when the entry has none. */
  attestation: Attestation | undefined;
}

/**
 * Attestations as the rule weighs them: by kind (official, then state media, then scholarly, then
 * other), then most recent first (an undated one after every dated one of its kind), then publisher
 * and rendering so that the order is total.
 */
export function rankAttestations(attestations: readonly Attestation[]): Attestation[] {
  return [...attestations].sort(
    (a, b) =>
      ATTESTATION_KINDS.indexOf(a.kind) - ATTESTATION_KINDS.indexOf(b.kind) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.publisher.localeCompare(b.publisher) ||
      a.rendering.localeCompare(b.rendering),
  );
}

/**
 * The rule the glossary's recommendations follow: the rendering of the first attestation by
 * rankAttestations — the most recent official usage, failing that the most recent state media usage,
 * then scholarly, then other. An entry without attestations keeps its recommendation, with
 * NO_PUBLISHED_USAGE as its basis.
 */
export function recommendationOf(entry: Pick<GlossaryEntry, 'recommended' | 'attestations'>): Recommendation {
  const [first] = rankAttestations(entry.attestations ?? []);
  if (!first) return { rendering: entry.recommended, basis: NO_PUBLISHED_USAGE, attestation: undefined };
  const when = first.date ? `, ${first.date}` : ', undated';
  return {
    rendering: first.rendering,
    basis: `most recent ${KIND_LABEL[first.kind]} usage: ${first.publisher}${when}`,
    attestation: first,
  };
}
