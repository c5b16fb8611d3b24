import { convertWord, type Script } from '../script';
import { renderingsOf, type TermOccurrence } from '../terms';
import { termHref } from './links';
import type { TermSummary } from './types';

/** Terms rendered in more than one way in a document, with where each rendering occurs and a link to each term's page. */
export function termSummary(occurrences: readonly TermOccurrence[], script: Script): TermSummary[] {
  const terms = [...new Set(occurrences.map((o) => o.term))];
  return terms
    .map((term) => {
      const mine = occurrences.filter((o) => o.term === term);
      const renderings = renderingsOf(term, mine).map((r) => ({
        text: r.example,
        count: r.count,
        beads: [...new Set(r.occurrences.map((o) => o.bead + 1))],
      }));
      const notFound = [...new Set(mine.filter((o) => o.rendering === null).map((o) => o.bead + 1))];
      return { term, termLabel: convertWord(term, script), termHref: termHref(term), renderings, notFound };
    })
    .filter((s) => s.renderings.length > 1)
    .sort((a, b) => b.renderings.length - a.renderings.length || a.term.localeCompare(b.term));
}
