import { getGlossary, type GlossaryEntry } from '../glossary';
import { findRenderingSpans, renderingWords } from './english';
import { patternsOf } from './match';
import type { EnglishOnlyEvidence } from './types';

/** The known renderings (recommended and variants) of glossary terms in the paragraphs of one English-only document. */
export function englishEvidenceOf(
  slug: string,
  en: readonly string[],
  glossary: readonly GlossaryEntry[] = getGlossary(),
): EnglishOnlyEvidence[] {
  return en.flatMap((text, paragraph) => {
    const paragraphWords = renderingWords(text);
    return glossary.flatMap((entry) =>
      findRenderingSpans(paragraphWords, patternsOf(entry), text).map((span) => ({
        term: entry.term,
        slug,
        paragraph,
        ...span,
        rendering: text.slice(span.start, span.end),
      })),
    );
  });
}
