import { decodeRenderings, decodeWordBoundaries, type RenderingSpan, type TextSpan } from '@/lib/reader/paragraph-markup';
import type { PageMarkup } from '@/lib/reader/types';

/** Paragraphs whose words, renderings and sentences are not yet elements, and the words once they are. */
export const UNMARKED_PARAGRAPH = 'p[data-p]:not([data-marked])';
export const WORD = '[data-lookup]';
export const SENTENCE = '[data-s]';

interface Inner extends TextSpan {
  make: (text: string) => HTMLElement;
}

function element(tag: string, text: string, attributes: Record<string, string>): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Appends text[start, end) to `parent` with the `inner` spans inside it as elements. */
function fill(parent: ParentNode, text: string, start: number, end: number, inner: readonly Inner[]) {
  let offset = start;
  for (const span of inner) {
    if (span.start < offset || span.end > end) continue;
    if (span.start > offset) parent.append(text.slice(offset, span.start));
    parent.append(span.make(text.slice(span.start, span.end)));
    offset = span.end;
  }
  if (offset < end) parent.append(text.slice(offset, end));
}

/** A sentence with no partner: marked quietly, with a label that shows in print and is read out. */
function aloneLabel(side: 'zh' | 'en'): HTMLElement {
  const label = element('span', side === 'zh' ? 'Not in the English' : 'Not in the Chinese', { class: 'alone-label', lang: 'en' });
  return label;
}

/**
 * Turns a server-rendered paragraph (plain text, its index in data-p) into elements with its entry in
 * the page's markup: its sentences (each naming its partner group in the bead), inside them in Chinese
 * one focusable span per word, only the first a tab stop (the arrow keys rove from there), and in
 * English one span per rendering of a term. Text is moved, never parsed as HTML.
 */
export function markParagraph(paragraph: HTMLElement, markup: PageMarkup): void {
  const p = paragraph.dataset.p ?? '';
  const side = paragraph.lang === 'en' ? 'en' : 'zh';
  const zh = side === 'zh' ? markup.zh[Number(p)] : undefined;
  const en = side === 'en' ? markup.en[Number(p)] : undefined;
  const { spans: sentences, alone } = (zh ?? en)?.sentences ?? { spans: '', alone: '' };
  const text = paragraph.textContent ?? '';
  let inner: Inner[] = [];
  if (zh) {
    const termWords = new Set(zh.terms.split(' ').filter(Boolean).map(Number));
    inner = decodeWordBoundaries(zh.words).map((span, i) => ({
      ...span,
      make: (word) => {
        const node = element('span', word, { 'data-lookup': '', role: 'button', 'aria-haspopup': 'dialog' });
        if (termWords.has(i)) node.dataset.occurrence = `${p}.${i}`;
        if (i === 0) node.tabIndex = 0;
        return node;
      },
    }));
  } else if (en?.renders) {
    inner = decodeRenderings(en.renders).map((span: RenderingSpan) => ({
      ...span,
      make: (rendered) => element('span', rendered, { class: 'rendering', 'data-renders': span.ids.join(' ') }),
    }));
  }
  const lone = new Set(alone.split(' ').filter(Boolean));
  const fragment = document.createDocumentFragment();
  let offset = 0;
  for (const sentence of decodeRenderings(sentences)) {
    if (sentence.start < offset || sentence.end > text.length) continue;
    fill(fragment, text, offset, sentence.start, inner);
    const id = sentence.ids[0] ?? '';
    const node = element('span', '', { 'data-s': id });
    fill(node, text, sentence.start, sentence.end, inner);
    if (lone.has(id)) {
      node.classList.add('sentence-alone');
      node.append(aloneLabel(side));
    }
    fragment.append(node);
    offset = sentence.end;
  }
  fill(fragment, text, offset, text.length, inner);
  paragraph.replaceChildren(fragment);
  paragraph.dataset.marked = '';
}
