'use client';

import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LookupCards } from '@/lib/reader/types';
import { markParagraph, UNMARKED_PARAGRAPH, WORD } from './word-markup';

const RENDERING_CLASS = 'rendering-active';
const HOVER_CLOSE_DELAY_MS = 200;
const VIEWPORT_PADDING_PX = 8;
/** Paragraphs marked up per idle slice, so no slice blocks input for long on a slow phone. */
const PARAGRAPHS_PER_SLICE = 12;

/** Cards already fetched, by URL: kept across client-side navigations. */
const cardCache = new Map<string, Promise<LookupCards>>();

function loadCards(href: string): Promise<LookupCards> {
  let cards = cardCache.get(href);
  if (!cards) {
    cards = fetch(href).then((response) => {
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return response.json() as Promise<LookupCards>;
    });
    // A failed fetch is forgotten so the next interaction tries again.
    cards.catch(() => cardCache.delete(href));
    cardCache.set(href, cards);
  }
  return cards;
}

// Safari has no requestIdleCallback.
const whenIdle = (task: () => void) =>
  typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(task, { timeout: 200 }) : setTimeout(task, 1);

/** Pinyin above the words is drawn by CSS from data-py; filled in once the cards are here. */
function applyPinyin(cards: LookupCards) {
  if (document.documentElement.dataset.pinyin !== 'on') return;
  for (const word of document.querySelectorAll<HTMLElement>(`${WORD}:not([data-py])`)) {
    const pinyin = cards[word.textContent ?? '']?.pinyin;
    if (pinyin) word.dataset.py = pinyin;
  }
}

interface Open {
  word: HTMLElement;
  /** English text of the bead that renders this occurrence, or null when none was found. */
  renderings: string[] | null;
  pinned: boolean;
  /** Opened from the keyboard: focus moves into the pop-up so its link is reachable. */
  viaKeyboard: boolean;
}

function renderingsOf(word: HTMLElement): { nodes: HTMLElement[]; texts: string[] | null } {
  const occurrence = word.dataset.occurrence;
  const bead = word.closest('[data-bead]');
  bead?.querySelectorAll<HTMLElement>(UNMARKED_PARAGRAPH).forEach(markParagraph);
  if (!occurrence || !bead || !bead.querySelector('[data-side="en"] p')) return { nodes: [], texts: null };
  const nodes = Array.from(bead.querySelectorAll<HTMLElement>(`[data-renders~="${occurrence}"]`));
  return { nodes, texts: nodes.map((node) => node.textContent ?? '') };
}

/**
 * One pop-up for every Chinese word of the page. The server sends each paragraph as text with
 * compact word boundaries; this leaf marks the words up when idle, fetches the look-up cards on
 * first use (or when idle), and listens by delegation, so the page ships no per-word handlers.
 */
export function WordPopover({ lookupHref, zhLang }: { lookupHref: string; zhLang: string }) {
  const [open, setOpenState] = useState<Open | null>(null);
  const [cards, setCards] = useState<LookupCards | null>(null);
  const [cardsFailed, setCardsFailed] = useState(false);
  const requestCards = useCallback(() => {
    loadCards(lookupHref).then(
      (loaded) => {
        setCards(loaded);
        setCardsFailed(false);
        applyPinyin(loaded);
      },
      () => setCardsFailed(true),
    );
  }, [lookupHref]);
  // Event handlers read the current pop-up from a ref: they are registered once.
  const openRef = useRef<Open | null>(null);
  const setOpen = useCallback((next: Open | null) => {
    openRef.current?.word.removeAttribute('aria-expanded');
    next?.word.setAttribute('aria-expanded', 'true');
    openRef.current = next;
    setOpenState(next);
  }, []);
  const closeTimer = useRef<number | undefined>(undefined);
  const highlighted = useRef<HTMLElement[]>([]);
  const { refs, floatingStyles } = useFloating({
    placement: 'bottom-start',
    middleware: [offset(6), flip({ padding: VIEWPORT_PADDING_PX }), shift({ padding: VIEWPORT_PADDING_PX })],
    whileElementsMounted: autoUpdate,
  });

  const clearHighlight = () => {
    for (const node of highlighted.current) node.classList.remove(RENDERING_CLASS);
    highlighted.current = [];
  };

  const show = useCallback(
    (word: HTMLElement, pinned: boolean, viaKeyboard = false) => {
      window.clearTimeout(closeTimer.current);
      requestCards();
      clearHighlight();
      const { nodes, texts } = renderingsOf(word);
      for (const node of nodes) node.classList.add(RENDERING_CLASS);
      highlighted.current = nodes;
      refs.setReference(word);
      setOpen({ word, renderings: texts, pinned, viaKeyboard });
    },
    [refs, setOpen, requestCards],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      window.clearTimeout(closeTimer.current);
      clearHighlight();
      const word = openRef.current?.word;
      setOpen(null);
      if (returnFocus) word?.focus();
    },
    [setOpen],
  );

  useEffect(() => {
    const wordOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(WORD) : null);

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const unmarked = event.target instanceof Element ? event.target.closest<HTMLElement>(UNMARKED_PARAGRAPH) : null;
      if (unmarked) markParagraph(unmarked);
      const word = wordOf(event.target);
      const current = openRef.current;
      if (word) {
        if (!current?.pinned) show(word, false);
        else if (current.word === word) window.clearTimeout(closeTimer.current);
      } else if (event.target instanceof Element && event.target.closest('[data-word-popover]')) {
        window.clearTimeout(closeTimer.current);
      }
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      if (!wordOf(event.target) && !(event.target instanceof Element && event.target.closest('[data-word-popover]'))) return;
      window.clearTimeout(closeTimer.current);
      closeTimer.current = window.setTimeout(() => {
        if (openRef.current && !openRef.current.pinned) close(false);
      }, HOVER_CLOSE_DELAY_MS);
    };
    const onClick = (event: MouseEvent) => {
      const word = wordOf(event.target);
      if (word) {
        show(word, true);
        return;
      }
      if (event.target instanceof Element && event.target.closest('[data-word-popover]')) return;
      if (openRef.current) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        if (!openRef.current) return;
        event.preventDefault();
        close(true);
        return;
      }
      const word = wordOf(event.target);
      if (!word) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(word, true, true);
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        // Roving focus: one tab stop per paragraph, arrows move between its words.
        const words = Array.from(word.closest('p')?.querySelectorAll<HTMLElement>(WORD) ?? []);
        const next = words[words.indexOf(word) + (event.key === 'ArrowRight' ? 1 : -1)];
        if (!next) return;
        event.preventDefault();
        word.tabIndex = -1;
        next.tabIndex = 0;
        next.focus();
      }
    };
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [show, close]);

  useEffect(() => {
    let cancelled = false;
    const markSlice = () => {
      if (cancelled) return;
      const paragraphs = Array.from(document.querySelectorAll<HTMLElement>(UNMARKED_PARAGRAPH)).slice(0, PARAGRAPHS_PER_SLICE);
      paragraphs.forEach(markParagraph);
      if (paragraphs.length === 0) {
        requestCards();
        return;
      }
      cardCache.get(lookupHref)?.then(applyPinyin, () => undefined);
      whenIdle(markSlice);
    };
    whenIdle(markSlice);
    const pinyinObserver = new MutationObserver(() => {
      if (document.documentElement.dataset.pinyin === 'on') requestCards();
    });
    pinyinObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-pinyin'] });
    return () => {
      cancelled = true;
      pinyinObserver.disconnect();
    };
  }, [lookupHref, requestCards]);

  useEffect(() => {
    if (open?.viaKeyboard) refs.floating.current?.focus();
  }, [open, refs]);

  if (!open) return null;
  const { renderings } = open;
  // The word as the page shows it first, then its other script.
  const shown = open.word.textContent ?? '';
  const card = cards?.[shown];
  const glossary = card?.glossary ?? null;
  const hans = zhLang === 'zh-Hans';
  const other = card
    ? hans
      ? { text: card.traditional, lang: 'zh-Hant', title: 'Traditional' }
      : { text: card.simplified, lang: 'zh-Hans', title: 'Simplified' }
    : null;
  return (
    <div
      ref={refs.setFloating}
      style={floatingStyles}
      role="dialog"
      tabIndex={-1}
      aria-label={card ? `${shown} ${card.pinyin}` : shown}
      data-word-popover=""
      className="z-40 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-stone-300 bg-white p-3 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-800"
    >
      <p className="flex flex-wrap items-baseline gap-x-3">
        <span lang={zhLang} className="text-zh text-xl font-semibold" data-word="">
          {shown}
        </span>
        {other && other.text !== shown && (
          <span lang={other.lang} className="text-zh text-lg text-stone-700 dark:text-stone-200" title={other.title}>
            {other.text}
          </span>
        )}
        <span lang="zh-Latn-pinyin" className="text-base text-stone-800 dark:text-stone-100" data-pinyin="">
          {card?.pinyin}
        </span>
      </p>
      {!card && (
        <p className="mt-2 text-xs text-stone-600 dark:text-stone-300" role="status">
          {cardsFailed ? 'The dictionary could not be loaded; try again.' : 'Loading…'}
        </p>
      )}
      {glossary && (
        <section aria-label="Glossary" className="mt-2 border-t border-stone-200 pt-2 dark:border-stone-600" data-glossary="">
          <p>
            <span className="text-xs uppercase tracking-wide text-stone-600 dark:text-stone-300">Glossary</span>{' '}
            <strong lang="en">{glossary.recommended}</strong>
          </p>
          <p className="text-xs text-stone-600 dark:text-stone-300">Basis: {glossary.basis}</p>
          {glossary.note && <p className="mt-1 text-stone-700 dark:text-stone-200">{glossary.note}</p>}
          {glossary.renderings.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-1" aria-label="Renderings in the corpus">
              {glossary.renderings.map((r) => (
                <li key={r.text} lang="en" className="rounded bg-stone-100 px-1.5 py-0.5 text-xs dark:bg-stone-700">
                  {r.text} <span className="text-stone-600 dark:text-stone-300">×{r.count}</span>
                </li>
              ))}
            </ul>
          )}
          <a href={glossary.href} className="mt-1 inline-block text-xs underline underline-offset-2">
            All occurrences of {glossary.term}
          </a>
        </section>
      )}
      {card && card.senses.length > 0 && (
        <ol className="mt-2 list-decimal border-t border-stone-200 pl-5 pt-2 dark:border-stone-600" aria-label="Dictionary senses" lang="en">
          {card.senses.map((sense, i) => (
            <li key={i}>{sense}</li>
          ))}
        </ol>
      )}
      {card && card.senses.length === 0 && !glossary && (
        <p className="mt-2 text-xs italic text-stone-600 dark:text-stone-300">Not in the dictionary; pinyin by rule.</p>
      )}
      {renderings !== null && (
        <p className="mt-2 border-t border-stone-200 pt-2 dark:border-stone-600" data-rendering="">
          <span className="text-xs uppercase tracking-wide text-stone-600 dark:text-stone-300">In this translation</span>{' '}
          {renderings.length > 0 ? (
            <span lang="en">{renderings.map((r) => `“${r}”`).join(', ')}</span>
          ) : (
            <span className="italic">not found in the English</span>
          )}
        </p>
      )}
    </div>
  );
}
