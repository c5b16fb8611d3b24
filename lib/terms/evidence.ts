import { getCorpus } from '../corpus';
import { getGlossary, type GlossaryEntry } from '../glossary';
import { findRenderingSpans, renderingWords } from './english';
import { patternsOf } from './match';
import type { EnglishOnlyEvidence } from './types';

/** Evidence per glossary (the project's, or a user's merged one), computed once each. */
const evidenceCache = new WeakMap<readonly GlossaryEntry[], EnglishOnlyEvidence[]>();

/**
 * Occurrences of the known renderings (recommended and variants) of glossary terms in the English-only
 * documents; of every term, or of `term` only.
 */
export function englishOnlyEvidence(term?: string, glossary: readonly GlossaryEntry[] = getGlossary()): EnglishOnlyEvidence[] {
  let evidence = evidenceCache.get(glossary);
  if (!evidence) {
    evidence = getCorpus().flatMap((doc) => {
      if (doc.kind !== 'english-only' || !doc.en) return [];
      return doc.en.flatMap((text, paragraph) => {
        const paragraphWords = renderingWords(text);
        return glossary.flatMap((entry) =>
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
    evidenceCache.set(glossary, evidence);
  }
  return term === undefined ? evidence : evidence.filter((e) => e.term === term);
}
