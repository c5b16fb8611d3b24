'use client';

import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WordCard } from '@/lib/reader/types';

const WORD = '[data-card]';
const RENDERING_CLASS = 'rendering-active';
const HOVER_CLOSE_DELAY_MS = 200;
const VIEWPORT_PADDING_PX = 8;

interface Open {
  word: HTMLElement;
  card: WordCard;
  /** English text of the bead that renders this occurrence, or null when none was found. */
  renderings: string[] | null;
  pinned: boolean;
  /** Opened from the keyboard: focus moves into the pop-up so its link is reachable. */
  viaKeyboard: boolean;
}

function renderingsOf(word: HTMLElement): { nodes: HTMLElement[]; texts: string[] | null } {
  const occurrence = word.dataset.occurrence;
  const bead = word.closest('[data-bead]');
  if (!occurrence || !bead || !bead.querySelector('[data-side="en"] p')) return { nodes: [], texts: null };
  const nodes = Array.from(bead.querySelectorAll<HTMLElement>(`[data-renders~="${occurrence}"]`));
  return { nodes, texts: nodes.map((node) => node.textContent ?? '') };
}

/**
 * One pop-up for every Chinese word of the page. Words are plain server-rendered
 * spans; this leaf listens by delegation so the page ships no per-word handlers.
 */
export function WordPopover({ cards, zhLang }: { cards: WordCard[]; zhLang: string }) {
  const [open, setOpenState] = useState<Open | null>(null);
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
      const card = cards[Number(word.dataset.card)];
      if (!card) return;
      clearHighlight();
      const { nodes, texts } = renderingsOf(word);
      for (const node of nodes) node.classList.add(RENDERING_CLASS);
      highlighted.current = nodes;
      refs.setReference(word);
      setOpen({ word, card, renderings: texts, pinned, viaKeyboard });
    },
    [cards, refs, setOpen],
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
    if (open?.viaKeyboard) refs.floating.current?.focus();
  }, [open, refs]);

  if (!open) return null;
  const { card, renderings } = open;
  const glossary = card.glossary;
  const hans = zhLang === 'zh-Hans';
  // The word as the page shows it first, then its other script.
  const shown = hans ? card.simplified : (open.word.textContent ?? card.traditional);
  const other = hans ? { text: card.traditional, lang: 'zh-Hant', title: 'Traditional' } : { text: card.simplified, lang: 'zh-Hans', title: 'Simplified' };
  return (
    <div
      ref={refs.setFloating}
      style={floatingStyles}
      role="dialog"
      tabIndex={-1}
      aria-label={`${shown} ${card.pinyin}`}
      data-word-popover=""
      className="z-40 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-stone-300 bg-white p-3 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-800"
    >
      <p className="flex flex-wrap items-baseline gap-x-3">
        <span lang={zhLang} className="text-zh text-xl font-semibold" data-word="">
          {shown}
        </span>
        {other.text !== shown && (
          <span lang={other.lang} className="text-zh text-lg text-stone-700 dark:text-stone-200" title={other.title}>
            {other.text}
          </span>
        )}
        <span lang="zh-Latn-pinyin" className="text-base text-stone-800 dark:text-stone-100" data-pinyin="">
          {card.pinyin}
        </span>
      </p>
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
      {card.senses.length > 0 && (
        <ol className="mt-2 list-decimal border-t border-stone-200 pl-5 pt-2 dark:border-stone-600" aria-label="Dictionary senses" lang="en">
          {card.senses.map((sense, i) => (
            <li key={i}>{sense}</li>
          ))}
        </ol>
      )}
      {card.senses.length === 0 && !glossary && (
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
