// The checklist's filters and their place in the URL: shared by the page (server) and the list (client).
import type { NoteKind, NoteSeverity } from '@/lib/terms/types';

/** Which findings the list shows by their review: the open ones (the default), the decided ones, or all. */
export type ReviewFilter = 'open' | 'decided' | 'all';

export interface ChecklistFilters {
  severity: NoteSeverity | 'all';
  kind: NoteKind | 'all';
  review: ReviewFilter;
}

/** How each kind of finding is named in a checklist. */
export const KIND_LABEL: Record<NoteKind, string> = {
  'non-recommended': 'Not the recommended rendering',
  inconsistent: 'Rendered in several ways',
  'shared-rendering': 'Same English for two terms',
  'not-found': 'Rendering not found',
  'number-mismatch': 'Number differs',
};

export const DEFAULT_FILTERS: ChecklistFilters = { severity: 'all', kind: 'all', review: 'open' };

const SEVERITY_VALUES = ['all', 'error', 'warning', 'info'] as const;
const KIND_VALUES = ['all', 'non-recommended', 'inconsistent', 'shared-rendering', 'not-found', 'number-mismatch'] as const;
const REVIEW_VALUES = ['open', 'decided', 'all'] as const;

/** The filters as the page's query string: what differs from the defaults, so a link says what it shows. */
export function filterQuery(filters: ChecklistFilters): string {
  const params = new URLSearchParams();
  for (const key of ['severity', 'kind', 'review'] as const) if (filters[key] !== DEFAULT_FILTERS[key]) params.set(key, filters[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads the filters from the page's query; unknown values fall back to the defaults. */
export function parseChecklistFilters(query: Partial<Record<keyof ChecklistFilters, string | string[] | undefined>>): ChecklistFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
    allowed.find((a) => a === value) ?? fallback;
  return {
    severity: oneOf(first(query.severity), SEVERITY_VALUES, DEFAULT_FILTERS.severity),
    kind: oneOf(first(query.kind), KIND_VALUES, DEFAULT_FILTERS.kind),
    review: oneOf(first(query.review), REVIEW_VALUES, DEFAULT_FILTERS.review),
  };
}
