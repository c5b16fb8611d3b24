import type { PlacedToken, Token, TokenKind } from './types';

/**
 * One run of a paragraph: Han characters (to be segmented into words), white space, a number
 * (digits, with inner decimal or thousands separators), Latin letters, or one punctuation mark
 * repeated (…… and —— stay whole). Code points, not UTF-16 units, so no character is split.
 */
const RUN = /(\p{Script=Han}+)|(\s+)|(\p{Nd}+(?:[.,]\p{Nd}+)*)|([\p{Script=Latin}\p{M}]+)|((.)\6*)/gsu;

export type Run = { kind: 'han'; text: string } | Token;

const KIND_BY_GROUP: readonly TokenKind[] = ['space', 'number', 'latin', 'punct'];

/** Splits a text into runs whose texts, joined, are the text itself. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(RUN)) {
    const [whole, han, ...rest] = match;
    if (han !== undefined) {
      runs.push({ kind: 'han', text: han });
      continue;
    }
    const group = rest.findIndex((part) => part !== undefined);
    runs.push({ kind: KIND_BY_GROUP[group] ?? 'punct', text: whole });
  }
  return runs;
}

/** Tokens with their offsets: each starts where the one before it ends, since their texts join to the paragraph. */
export function placeTokens(tokens: readonly Token[]): PlacedToken[] {
  let at = 0;
  return tokens.map((token) => {
    const start = at;
    at += token.text.length;
    return { ...token, start, end: at };
  });
}
