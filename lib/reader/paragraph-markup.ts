/**
 * Compact markup of a paragraph, sent beside its plain text instead of one element per word or
 * rendering, so a page carries its text once; the browser builds the elements. Pure and
 * dependency-free: the browser decodes it.
 *
 * Word boundaries: the UTF-16 length of each run, words as positive numbers and the text between
 * words (punctuation, digits, Latin, space) as negative ones, separated by spaces. "网络强国，建设"
 * with words 网络|强国|建设 is "2 2 -1 2".
 *
 * Renderings: `start-end:id,id` per span of English that renders term occurrences, separated by
 * spaces, e.g. "12-21:3.4 40-52:5.1,5.2".
 */
export interface TextSpan {
  start: number;
  end: number;
}

export interface BoundaryRun {
  length: number;
  word: boolean;
}

export interface RenderingSpan extends TextSpan {
  /** Ids of the term occurrences this span renders. */
  ids: string[];
}

export function encodeWordBoundaries(runs: readonly BoundaryRun[]): string {
  const parts: number[] = [];
  for (const run of runs) {
    if (run.length === 0) continue;
    const last = parts.at(-1);
    // Runs between words merge: only where a word starts and ends matters.
    if (!run.word && last !== undefined && last < 0) parts[parts.length - 1] = last - run.length;
    else parts.push(run.word ? run.length : -run.length);
  }
  return parts.join(' ');
}

/** The words of an encoded paragraph, as offsets into its text; decoding stops at a malformed part. */
export function decodeWordBoundaries(encoded: string): TextSpan[] {
  const words: TextSpan[] = [];
  let offset = 0;
  for (const part of encoded.split(' ')) {
    const length = Number.parseInt(part, 10);
    if (!Number.isFinite(length) || length === 0) break;
    if (length > 0) words.push({ start: offset, end: offset + length });
    offset += Math.abs(length);
  }
  return words;
}

export function encodeRenderings(spans: readonly RenderingSpan[]): string {
  return spans.map((s) => `${s.start}-${s.end}:${s.ids.join(',')}`).join(' ');
}

export function decodeRenderings(encoded: string): RenderingSpan[] {
  return encoded
    .split(' ')
    .flatMap((part) => {
      const match = /^(\d+)-(\d+):(.+)$/.exec(part);
      return match ? [{ start: Number(match[1]), end: Number(match[2]), ids: (match[3] ?? '').split(',') }] : [];
    })
    .filter((s) => s.end > s.start);
}
