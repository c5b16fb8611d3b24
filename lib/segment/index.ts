import { cacheKey, DEFAULT_CACHE_DIR, readCached, writeCached } from './cache';
import { keepTermsWhole } from './extra';
import { getSegmenter, type Segmenter } from './segmenter';
import { placeTokens, splitRuns } from './tokens';
import type { PlacedToken, SegmentOptions, Token } from './types';

export { DEFAULT_CACHE_DIR } from './cache';
export { GLOSSARY_FREQUENCY_PER_CHARACTER, SEGMENT_DICT_FILE } from './dictionary';
export { createSegmenter } from './segmenter';
export type { Segmenter } from './segmenter';
export type { PlacedToken, SegmentOptions, Span, Token, TokenKind } from './types';

function tokenize(text: string, segmenter: Segmenter): Token[] {
  return splitRuns(text).flatMap((run): Token[] =>
    run.kind === 'han' ? segmenter.segmentHan(run.text).map((word) => ({ text: word, kind: 'word' })) : [run],
  );
}

/**
 * Segments a paragraph into tokens whose texts, joined, are the paragraph exactly: Chinese
 * words (segmentit with the domain dictionary), punctuation, numbers, Latin letters and
 * white space. Results are cached on disk by content and dictionary version; `extraTerms` are
 * kept whole by a pass over the cached tokens.
 */
export function segmentParagraph(text: string, options: SegmentOptions = {}): Token[] {
  const tokens = segmentWithDictionary(text, options);
  return options.extraTerms && options.extraTerms.length > 0 ? keepTermsWhole(tokens, options.extraTerms) : tokens;
}

function segmentWithDictionary(text: string, options: SegmentOptions): Token[] {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const segmenter = getSegmenter();
  if (cacheDir === null) return tokenize(text, segmenter);
  const key = cacheKey(segmenter.dictionary.version, text);
  const cached = readCached(cacheDir, key);
  if (cached) return cached;
  const tokens = tokenize(text, segmenter);
  writeCached(cacheDir, key, tokens);
  return tokens;
}

export function segmentParagraphs(texts: readonly string[], options: SegmentOptions = {}): Token[][] {
  return texts.map((text) => segmentParagraph(text, options));
}
/** A paragraph's tokens with their offsets in it. */
export function placedTokens(text: string, options: SegmentOptions = {}): PlacedToken[] {
  return placeTokens(segmentParagraph(text, options));
}

/** The Chinese words of a paragraph, in order, as the segmenter cuts them (punctuation, numbers, Latin and space left out). */
export function paragraphWords(text: string, options: SegmentOptions = {}): string[] {
  return segmentParagraph(text, options).flatMap((token) => (token.kind === 'word' ? [token.text] : []));
}

export { checkTermIntegrity } from './integrity';
export type { IntegrityOccurrence, TermIntegrity } from './integrity';
