import { getCorpus } from '../corpus';
import { getGlossary, type GlossaryEntry } from '../glossary';
import { findRenderingSpans, renderingWords } from './english';
import { patternsOf } from './match';
import type { EnglishOnlyEvidence } from './types';

/** Evidence per glossary (the project's, or a user's merged one) and per state of the corpus (getCorpus gives a new array when it changes). */
const evidenceCache = new WeakMap<readonly GlossaryEntry[], { corpus: readonly unknown[]; evidence: EnglishOnlyEvidence[] }>();

/**
 * Occurrences of the known renderings (recommended and variants) of glossary terms in the English-only
 * documents; of every term, or of `term` only.
 */
export function englishOnlyEvidence(term?: string, glossary: readonly GlossaryEntry[] = getGlossary()): EnglishOnlyEvidence[] {
  const corpus = getCorpus();
  let evidence = evidenceCache.get(glossary)?.corpus === corpus ? evidenceCache.get(glossary)?.evidence : undefined;
  if (!evidence) {
    evidence = corpus.flatMap((doc) => {
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
    evidenceCache.set(glossary, { corpus, evidence });
  }
  return term === undefined ? evidence : evidence.filter((e) => e.term === term);
}

/** The known renderings (recommended and variants) of glossary terms in the paragraphs of one English-only document. */
export function englishEvidenceOf(slug: string, en: readonly string[], glossary: readonly GlossaryEntry[] = getGlossary()): EnglishOnlyEvidence[] {
  return en.flatMap((text, paragraph) => {
    const paragraphWords = renderingWords(text);
    return glossary.flatMap((entry) =>
      findRenderingSpans(paragraphWords, patternsOf(entry)).map((span) => ({
        term: entry.term,
        slug,
        paragraph,
        ...span,
        rendering: text.slice(span.start, span.end),
      })),
    );
  });
}
