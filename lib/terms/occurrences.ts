import { normalizeRendering } from './english';
import type { RenderingCount, TermOccurrence } from './types';

/** How a term is rendered, most frequent first; occurrences without a rendering are left out. */
export function renderingsOf(term: string, occurrences: readonly TermOccurrence[]): RenderingCount[] {
  const groups = new Map<string, TermOccurrence[]>();
  for (const o of occurrences) {
    if (o.term !== term || o.rendering === null) continue;
    const key = normalizeRendering(o.rendering);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups]
    .map(([rendering, list]) => ({
      rendering,
      example: mostFrequent(list.map((o) => o.rendering ?? '')),
      count: list.length,
      occurrences: list,
    }))
    .sort((a, b) => b.count - a.count || a.rendering.localeCompare(b.rendering));
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best = texts[0] ?? '';
  for (const [text, count] of counts) if (count > (counts.get(best) ?? 0)) best = text;
  return best;
}
