import segmentit from 'segmentit';
import { loadDomainDictionary, toSegmentitDict, type DomainDictionary } from './dictionary';

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
