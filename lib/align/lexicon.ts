import { normalWords as words } from '../english';
import type { Lexicon } from './types';

/** Lexicon evidence keys: `L:<entry index>` on both sides, so a bead's matches are the keys its sides share. */
const lexiconKey = (entry: number) => `L:${entry}`;

interface Phrase {
  words: readonly string[];
  entry: number;
}

interface LexiconIndex {
  byFirstChar: Map<string, { word: string; entry: number }[]>;
  byFirstWord: Map<string, Phrase[]>;
}

/** Indexes by lexicon, built once: the sentence aligner asks for every bead of a document with the same lexicon. */
const indexes = new WeakMap<Lexicon, LexiconIndex>();

function indexOf(lexicon: Lexicon): LexiconIndex {
  const known = indexes.get(lexicon);
  if (known) return known;
  const byFirstChar = new Map<string, { word: string; entry: number }[]>();
  const byFirstWord = new Map<string, Phrase[]>();
  lexicon.entries.forEach((item, entry) => {
    const first = item.zh[0];
    if (first === undefined) return;
    const list = byFirstChar.get(first) ?? [];
    list.push({ word: item.zh, entry });
    byFirstChar.set(first, list);
    for (const rendering of item.en) {
      const phrase = words(rendering);
      const head = phrase[0];
      if (head === undefined) continue;
      const phrases = byFirstWord.get(head) ?? [];
      phrases.push({ words: phrase, entry });
      byFirstWord.set(head, phrases);
    }
  });
  const index = { byFirstChar, byFirstWord };
  indexes.set(lexicon, index);
  return index;
}

/**
 * Finds lexicon entries in paragraphs: a Chinese word by substring (Chinese has no spaces), an English
 * rendering as a whole-word, case-insensitive phrase. Indexed by first character / first word, so a large
 * dictionary costs little per paragraph. Each entry counts once per paragraph.
 */
export function lexiconKeys(lexicon: Lexicon, zh: readonly string[], en: readonly string[]): { zh: string[][]; en: string[][] } {
  const { byFirstChar, byFirstWord } = indexOf(lexicon);
  const zhKeys = zh.map((text) => {
    const found = new Set<number>();
    for (let at = 0; at < text.length; at += 1) {
      for (const { word, entry } of byFirstChar.get(text[at]!) ?? []) {
        if (text.startsWith(word, at)) found.add(entry);
      }
    }
    return [...found].map(lexiconKey);
  });
  const enKeys = en.map((text) => {
    const found = new Set<number>();
    const tokens = words(text);
    tokens.forEach((token, at) => {
      for (const phrase of byFirstWord.get(token) ?? []) {
        if (phrase.words.every((word, k) => tokens[at + k] === word)) found.add(phrase.entry);
      }
    });
    return [...found].map(lexiconKey);
  });
  return { zh: zhKeys, en: enKeys };
}
