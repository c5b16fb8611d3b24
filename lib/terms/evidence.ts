import { getCorpus } from '../corpus';
import { getGlossary } from '../glossary';
import { findRenderingSpans, renderingWords } from './english';
import { patternsOf } from './match';
import type { EnglishOnlyEvidence } from './types';

let evidenceCache: EnglishOnlyEvidence[] | undefined;

/** Occurrences of the known renderings (recommended and variants) of glossary terms in the English-only documents. */
export function englishOnlyEvidence(term?: string): EnglishOnlyEvidence[] {
  evidenceCache ??= getCorpus().flatMap((doc) => {
    if (doc.kind !== 'english-only' || !doc.en) return [];
    const entries = getGlossary();
    return doc.en.flatMap((text, paragraph) => {
      const paragraphWords = renderingWords(text);
      return entries.flatMap((entry) =>
        findRenderingSpans(paragraphWords, patternsOf(entry)).map((span) => ({
          term: entry.term,
          slug: doc.meta.slug,
          paragraph,
          ...span,
          rendering: text.slice(span.start, span.end),
        })),
      );
    });
  });
  return term === undefined ? evidenceCache : evidenceCache.filter((e) => e.term === term);
}
