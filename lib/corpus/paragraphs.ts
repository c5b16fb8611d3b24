/** White space as the corpus defines it: JS `\s` covers U+00A0 and U+3000. */
const BLANK_LINE = /^\s*$/u;
const LINE_BREAK = /\r\n|\r|\n/u;
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Splits a text into paragraphs: maximal runs of non-blank lines, each run
 * trimmed, inner line breaks kept (normalised to `\n`).
 */
export function splitParagraphs(text: string): string[] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const paragraphs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) paragraphs.push(run.join('\n').trim());
    run = [];
  };
  for (const line of body.split(LINE_BREAK)) {
    if (BLANK_LINE.test(line)) flush();
    else run.push(line);
  }
  flush();
  return paragraphs;
}
