import segmentit, { type PlacedWord, type WordPositions } from 'segmentit';
import { loadDomainDictionary, toSegmentitDict, type DomainDictionary } from './dictionary';

/**
 * Most ways of cutting one stretch of text that segmentit weighs, and most words they hold together. segmentit
 * enumerates every way (recursively, one level per word) before choosing: exponentially many for a long run
 * with overlapping words. "法治" twelve times over has 2¹¹ ways and took a second; a 62-character sentence
 * pasted without punctuation, or "法治" 1,250 times, held the server for minutes and grew it past 3 GB. The
 * bounded walk yields the same ways in the same order, so any text with fewer (every corpus text) is cut as before.
 */
export const MAX_SEGMENTATIONS = 4096;
const MAX_SEGMENTATION_WORDS = 256 * 1024;

/** segmentit's DictTokenizer.getChunks, iterative and stopped at MAX_SEGMENTATIONS ways or MAX_SEGMENTATION_WORDS words. */
export function boundedChunks(wordpos: WordPositions, pos: number): PlacedWord[][] {
  const chunks: PlacedWord[][] = [];
  const path: PlacedWord[] = [];
  const stack = [{ at: pos, next: 0 }];
  let words = 0;
  while (stack.length > 0 && chunks.length < MAX_SEGMENTATIONS && words < MAX_SEGMENTATION_WORDS) {
    const top = stack[stack.length - 1]!;
    const word = wordpos[top.at]?.[top.next++];
    if (!word) {
      stack.pop();
      path.pop();
      continue;
    }
    const end = word.c + word.w.length;
    if (wordpos[end]) {
      path.push(word);
      stack.push({ at: end, next: 0 });
    } else {
      chunks.push([...path, word]);
      words += path.length + 1;
    }
  }
  return chunks;
}

segmentit.DictTokenizer.getChunks = boundedChunks;

export interface Segmenter {
  /** Cuts a run of Han characters into words whose texts, joined, are the run. */
  segmentHan(run: string): string[];
  dictionary: DomainDictionary;
}

/** A segmentit instance with its default dictionaries and the domain dictionary on top. */
export function createSegmenter(): Segmenter {
  const dictionary = loadDomainDictionary();
  const segment = segmentit.useDefault(new segmentit.Segment());
  segment.loadDict(toSegmentitDict(dictionary.words));
  return {
    dictionary,
    segmentHan(run) {
      const words = segment.doSegment(run, { simple: true });
      if (words.join('') !== run) throw new Error(`segmentit changed the text of "${run}" into "${words.join('|')}"`);
      return words;
    },
  };
}

let shared: Segmenter | undefined;

/** The process's segmenter, created on first use (loading dictionaries takes about half a second). */
export function getSegmenter(): Segmenter {
  shared ??= createSegmenter();
  return shared;
}
