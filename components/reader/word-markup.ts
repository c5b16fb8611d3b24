import { decodeRenderings, decodeWordBoundaries, type TextSpan } from '@/lib/reader/paragraph-markup';

/** Paragraphs whose words or renderings are not yet elements, and the words once they are. */
export const UNMARKED_PARAGRAPH = 'p:is([data-words], [data-renderings]):not([data-marked])';
export const WORD = '[data-lookup]';

/** Replaces a paragraph's text by the same text with `spans` as elements made by `element`. */
function wrapSpans<S extends TextSpan>(paragraph: HTMLElement, spans: readonly S[], element: (text: string, span: S, i: number) => HTMLElement) {
  const text = paragraph.textContent ?? '';
  const fragment = document.createDocumentFragment();
  let offset = 0;
  spans.forEach((span, i) => {
    if (span.start < offset || span.end > text.length) return;
    if (span.start > offset) fragment.append(text.slice(offset, span.start));
    fragment.append(element(text.slice(span.start, span.end), span, i));
    offset = span.end;
  });
  if (offset < text.length) fragment.append(text.slice(offset));
  paragraph.replaceChildren(fragment);
  paragraph.dataset.marked = '';
}

/**
 * Turns a server-rendered paragraph (plain text + compact markup) into elements: in Chinese one
 * focusable span per word, only the first a tab stop (the arrow keys rove from there); in English
 * one span per rendering of a term. Text is moved, never parsed as HTML.
 */
export function markParagraph(paragraph: HTMLElement): void {
  const { words, terms, renderings, p } = paragraph.dataset;
  if (words !== undefined) {
    const termWords = new Set((terms ?? '').split(' ').filter(Boolean).map(Number));
    wrapSpans(paragraph, decodeWordBoundaries(words), (text, _span, i) => {
      const span = document.createElement('span');
      span.textContent = text;
      span.dataset.lookup = '';
      span.setAttribute('role', 'button');
      span.setAttribute('aria-haspopup', 'dialog');
      if (termWords.has(i)) span.dataset.occurrence = `${p}.${i}`;
      if (i === 0) span.tabIndex = 0;
      return span;
    });
  } else if (renderings !== undefined) {
    wrapSpans(paragraph, decodeRenderings(renderings), (text, rendering) => {
      const span = document.createElement('span');
      span.textContent = text;
      span.className = 'rendering';
      span.dataset.renders = rendering.ids.join(' ');
      return span;
    });
  }
}
