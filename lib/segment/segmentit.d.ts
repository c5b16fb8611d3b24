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
  export const POSTAG: Readonly<Record<string, number>>;
  const segmentit: {
    Segment: typeof Segment;
    useDefault: typeof useDefault;
    POSTAG: typeof POSTAG;
  };
  export default segmentit;
}
