/** The part of segmentit (untyped CommonJS) that lib/segment uses. */
declare module 'segmentit' {
  export interface SegmentToken {
    w: string;
    p?: number | number[];
  }
  export class Segment {
    loadDict(dict: string | string[], type?: string, convertToLower?: boolean): Segment;
    getDict(type: string): Record<string, { f: number; p: number }> | undefined;
    doSegment(text: string, options: { simple: true }): string[];
    doSegment(text: string, options?: { simple?: false }): SegmentToken[];
  }
  export function useDefault(segment: Segment): Segment;
  /** A dictionary word found at offset `c` of the text being cut. */
  export interface PlacedWord {
    w: string;
    c: number;
    f: number;
  }
  /** The words found at each offset of the text being cut. */
  export type WordPositions = Record<number, PlacedWord[] | undefined>;
  export const DictTokenizer: {
    /** Every way to cut the text from `pos` on into the words of `wordpos`: replaced in lib/segment/segmenter.ts. */
    getChunks(wordpos: WordPositions, pos: number, text?: string): PlacedWord[][];
  };
  export const POSTAG: Readonly<Record<string, number>>;
  const segmentit: {
    Segment: typeof Segment;
    useDefault: typeof useDefault;
    POSTAG: typeof POSTAG;
    DictTokenizer: typeof DictTokenizer;
  };
  export default segmentit;
}
