import { placeTokens } from './tokens';
import type { Token } from './types';

/** Where a term stands in a paragraph and how the segmenter cut it. */
export interface IntegrityOccurrence {
  term: string;
  paragraph: number;
  /** UTF-16 offset in the paragraph. */
  offset: number;
  /** The tokens the occurrence fell into, joined by "|". */
  tokens: string;
}

export interface TermIntegrity {
  /** Occurrences counted: all minus the contested ones. */
  occurrences: number;
  whole: number;
  /** Occurrences that did not come out as one token (nor inside a longer term's token). */
  failures: IntegrityOccurrence[];
  /**
   * Occurrences crossed by another term's token (中国特色社会主义道路 in
   * 中国特色社会主义|道路自信): the two terms share characters and only one can be a token.
   */
  contested: IntegrityOccurrence[];
}

/**
 * Checks that every occurrence of every term in the paragraphs comes out as one token, or
 * inside the token of a longer term (网络空间 in 网络空间命运共同体).
 */
export function checkTermIntegrity(
  paragraphs: readonly string[],
  segmented: readonly (readonly Token[])[],
  terms: readonly string[],
): TermIntegrity {
  const termSet = new Set(terms);
  const result: TermIntegrity = { occurrences: 0, whole: 0, failures: [], contested: [] };
  paragraphs.forEach((text, paragraph) => {
    const spans = placeTokens(segmented[paragraph] ?? []);
    for (const term of terms) {
      for (let offset = text.indexOf(term); offset >= 0; offset = text.indexOf(term, offset + 1)) {
        const end = offset + term.length;
        const touched = spans.filter((span) => span.end > offset && span.start < end);
        const whole = touched.length === 1 && touched[0] !== undefined && (touched[0].text === term || termSet.has(touched[0].text));
        const occurrence = { term, paragraph, offset, tokens: touched.map((span) => span.text).join('|') };
        const crossed = touched.some((span) => termSet.has(span.text) && (span.start < offset || span.end > end));
        if (whole) {
          result.occurrences++;
          result.whole++;
        } else if (crossed) {
          result.contested.push(occurrence);
        } else {
          result.occurrences++;
          result.failures.push(occurrence);
        }
      }
    }
  });
  return result;
}
