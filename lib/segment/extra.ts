import { getGlossary } from '../glossary';
import type { Token } from './types';

/**
 * Cuts tokens so that every occurrence of an extra term (one outside the domain dictionary, e.g. from a
 * user's glossary) is one word token: tokens the occurrence crosses are split at its edges and the pieces
 * inside joined. A post-pass on the cached segmentation, so the cache stays keyed by text and dictionary
 * alone. Longer terms first and no occurrence overlaps another; an occurrence inside a token that is
 * itself a term (网络空间 in 网络空间命运共同体) is left to that term, as the dictionary would.
 */
export function keepTermsWhole(tokens: readonly Token[], extraTerms: readonly string[]): Token[] {
  const text = tokens.map((token) => token.text).join('');
  const terms = [...new Set(extraTerms)].filter((term) => term.length > 0 && text.includes(term)).sort((a, b) => b.length - a.length);
  if (terms.length === 0) return [...tokens];
  const protectedWords = new Set([...getGlossary().map((entry) => entry.term), ...terms]);
  const spans = tokenSpans(tokens);
  const taken: Array<{ start: number; end: number }> = [];
  for (const term of terms) {
    for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + 1)) {
      const end = start + term.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const insideTerm = spans.some(
        (s) => s.kind === 'word' && protectedWords.has(s.text) && s.start <= start && end <= s.end && s.end - s.start > term.length,
      );
      if (!insideTerm) taken.push({ start, end });
    }
  }
  if (taken.length === 0) return [...tokens];
  taken.sort((a, b) => a.start - b.start);
  const result: Token[] = [];
  let next = 0;
  for (const span of spans) {
    // Pieces of this token outside every taken occurrence keep its kind; each occurrence becomes one word.
    let at = span.start;
    while (at < span.end) {
      const occurrence = taken[next];
      if (occurrence && occurrence.start <= at && at < occurrence.end) {
        if (at === occurrence.start) result.push({ text: text.slice(occurrence.start, occurrence.end), kind: 'word' });
        at = Math.min(span.end, occurrence.end);
        if (at === occurrence.end) next += 1;
        continue;
      }
      const stop = occurrence && occurrence.start < span.end ? occurrence.start : span.end;
      result.push({ text: text.slice(at, stop), kind: span.kind });
      at = stop;
    }
  }
  return result;
}

function tokenSpans(tokens: readonly Token[]): Array<Token & { start: number; end: number }> {
  let at = 0;
  return tokens.map((token) => {
    const span = { ...token, start: at, end: at + token.text.length };
    at = span.end;
    return span;
  });
}
