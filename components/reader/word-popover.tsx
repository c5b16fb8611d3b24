'use client';

import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { useCallback, useEffect, useRef, useState } from 'react';
import { readGlossaryChoice } from '@/components/checklist/glossary-choice-cookie';
import type { LookupCards, PageMarkup } from '@/lib/reader/types';
import { characterTones } from '@/lib/study/tones';
import { addWord, parseWords, WORDS_KEY, type SavedWord } from '@/lib/study/words';
import { TonedPinyin } from '@/components/study/toned-pinyin';
import { speak, useChineseVoice } from '@/components/study/use-chinese-voice';
import { markParagraph, SENTENCE, UNMARKED_PARAGRAPH, WORD } from './word-markup';

const RENDERING_CLASS = 'rendering-active';
const TOOL_BUTTON =
  'inline-flex min-h-6 items-center rounded px-2 py-0.5 text-xs font-medium ring-1 ring-stone-300 hover:bg-stone-100 dark:ring-stone-600 dark:hover:bg-stone-700';
const HOVER_CLOSE_DELAY_MS = 200;
const VIEWPORT_PADDING_PX = 8;
/** Paragraphs marked up per idle slice, so no slice blocks input for long on a slow phone. */
const PARAGRAPHS_PER_SLICE = 12;

/** Cards and markup already fetched, by URL: kept across client-side navigations. */
const fetched = new Map<string, Promise<unknown>>();

function load<T extends LookupCards | PageMarkup>(href: string): Promise<T> {
  let data = fetched.get(href);
  if (!data) {
    data = fetch(href).then((response) => {
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return response.json();
    });
    // A failed fetch is forgotten so the next interaction tries again.
    data.catch(() => fetched.delete(href));
    fetched.set(href, data);
  }
  return data as Promise<T>;
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

/**
 * Tone colours: each character of a word whose pinyin pairs up with it gets its tone (data-tone), coloured
 * by CSS while the reader has tone colours on. Done once per word, when the cards are here.
 */
function applyTones(cards: LookupCards) {
  if (document.documentElement.dataset.tones !== 'on') return;
  for (const word of document.querySelectorAll<HTMLElement>(`${WORD}:not([data-toned])`)) {
    const text = word.textContent ?? '';
    const card = cards[text];
    if (!card) continue;
    word.dataset.toned = '';
    const tones = characterTones(text, card.pinyin);
    if (!tones) continue;
    word.replaceChildren(
      ...Array.from(text, (ch, i) => {
        const span = document.createElement('span');
        span.textContent = ch;
        span.dataset.tone = String(tones[i]);
        return span;
      }),
    );
  }
}

const decorate = (cards: LookupCards) => {
  applyPinyin(cards);
  applyTones(cards);
};

/** A node's text without the "Not in the English" labels the markup adds. */
function textOf(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.alone-label').forEach((label) => label.remove());
  return (copy.textContent ?? '').trim();
}

/**
 * Where a word stands: its sentence (the closest sentence span) and that sentence's partner in the bead's
 * English (the sentence spans with the same value), else its paragraph and the bead's English.
 */
function contextOf(word: HTMLElement) {
  const bead = word.closest<HTMLElement>('[data-bead]');
  const english = bead?.querySelector('[data-side="en"]');
  const paragraph = word.closest('p');
  const sentence = word.closest<HTMLElement>(SENTENCE);
  const partners =
    sentence && english ? Array.from(english.querySelectorAll(`${SENTENCE}[data-s="${CSS.escape(sentence.dataset.s ?? '')}"]`)) : [];
  const paragraphText = paragraph ? textOf(paragraph) : '';
  return {
    bead: bead?.dataset.bead,
    paragraph: paragraphText,
    sentence: sentence ? textOf(sentence) : null,
    zh: sentence ? textOf(sentence) : paragraphText,
    en: (partners.length > 0 ? partners : Array.from(english?.querySelectorAll('p[lang="en"]') ?? [])).map(textOf).join(' '),
  };
}

interface Open {
  word: HTMLElement;
  /** English text of the bead that renders this occurrence, or null when none was found. */
  renderings: string[] | null;
  pinned: boolean;
  /** Opened from the keyboard: focus moves into the pop-up so its link is reachable. */
  viaKeyboard: boolean;
}

function renderingsOf(word: HTMLElement, markup: PageMarkup): { nodes: HTMLElement[]; texts: string[] | null } {
  const occurrence = word.dataset.occurrence;
  const bead = word.closest('[data-bead]');
  bead?.querySelectorAll<HTMLElement>(UNMARKED_PARAGRAPH).forEach((paragraph) => markParagraph(paragraph, markup));
  if (!occurrence || !bead || !bead.querySelector('[data-side="en"] p')) return { nodes: [], texts: null };
  const nodes = Array.from(bead.querySelectorAll<HTMLElement>(`[data-renders~="${occurrence}"]`));
  return { nodes, texts: nodes.map((node) => node.textContent ?? '') };
}

/**
 * One pop-up for every Chinese word of the page. The server sends each paragraph as plain text; this
 * leaf fetches the page's markup at once and marks the paragraphs up when idle, fetches the look-up
 * cards on first use (or when idle), and listens by delegation, so the page ships no per-word handlers.
 */
export function WordPopover({
  lookupHref,
  markupHref,
  chosenLookupHref,
  zhLang,
}: {
  lookupHref: string;
  markupHref: string;
  /** Where the cards are fetched under another glossary than the project's (&source= is added), when the page has one. */
  chosenLookupHref?: string | undefined;
  zhLang: string;
}) {
  // Read when the cards are wanted, never while rendering: the glossary choice is the browser's (a cookie).
  const cardsHref = useCallback(() => {
    const source = chosenLookupHref ? readGlossaryChoice() : 'project';
    return source === 'project' ? lookupHref : `${chosenLookupHref}&source=${source}`;
  }, [lookupHref, chosenLookupHref]);
  const [open, setOpenState] = useState<Open | null>(null);
  const [cards, setCards] = useState<LookupCards | null>(null);
  const [cardsFailed, setCardsFailed] = useState(false);
  /** The word last saved from this pop-up, for the confirmation. */
  const [savedWord, setSavedWord] = useState<HTMLElement | null>(null);
  const voice = useChineseVoice();
  const requestCards = useCallback(() => {
    load<LookupCards>(cardsHref()).then(
      (loaded) => {
        setCards(loaded);
        setCardsFailed(false);
        decorate(loaded);
      },
      () => setCardsFailed(true),
    );
  }, [cardsHref]);
  // Event handlers read the current pop-up from a ref: they are registered once.
  const openRef = useRef<Open | null>(null);
  const setOpen = useCallback((next: Open | null) => {
    openRef.current?.word.removeAttribute('aria-expanded');
    next?.word.setAttribute('aria-expanded', 'true');
    openRef.current = next;
    setOpenState(next);
  }, []);
  /** The page's markup once fetched: paragraphs are marked up with it (see markParagraph). */
  const markup = useRef<PageMarkup | null>(null);
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
      const { nodes, texts } = markup.current ? renderingsOf(word, markup.current) : { nodes: [], texts: null };
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
      if (unmarked && markup.current) markParagraph(unmarked, markup.current);
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
    const markSlice = (pageMarkup: PageMarkup) => {
      if (cancelled) return;
      const paragraphs = Array.from(document.querySelectorAll<HTMLElement>(UNMARKED_PARAGRAPH)).slice(0, PARAGRAPHS_PER_SLICE);
      for (const paragraph of paragraphs) markParagraph(paragraph, pageMarkup);
      if (paragraphs.length === 0) {
        requestCards();
        return;
      }
      (fetched.get(cardsHref()) as Promise<LookupCards> | undefined)?.then(decorate, () => undefined);
      whenIdle(() => markSlice(pageMarkup));
    };
    load<PageMarkup>(markupHref).then(
      (loaded) => {
        markup.current = loaded;
        whenIdle(() => markSlice(loaded));
      },
      // The text stays readable; the words become interactive on the next visit.
      () => undefined,
    );
    const pinyinObserver = new MutationObserver(() => {
      const { pinyin, tones } = document.documentElement.dataset;
      if (pinyin === 'on' || tones === 'on') requestCards();
    });
    pinyinObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-pinyin', 'data-tones'] });
    return () => {
      cancelled = true;
      pinyinObserver.disconnect();
    };
  }, [cardsHref, markupHref, requestCards]);

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
  const context = contextOf(open.word);
  const save = (pinyin: string, gloss: string) => {
    const bead = context.bead ? `#b${context.bead}` : '';
    const entry: SavedWord = {
      word: shown,
      pinyin,
      gloss,
      zh: context.zh,
      en: context.en,
      href: `${window.location.pathname}${bead}`,
      saved: new Date().toISOString(),
    };
    try {
      localStorage.setItem(WORDS_KEY, JSON.stringify(addWord(parseWords(localStorage.getItem(WORDS_KEY)), entry)));
      setSavedWord(open.word);
    } catch {
      // Storage full or forbidden: nothing is saved, and the button says so by not changing.
    }
  };
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
        {card && <TonedPinyin pinyin={card.pinyin} className="text-base text-stone-800 dark:text-stone-100" data-pinyin="" />}
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
        <ol
          className="mt-2 list-decimal border-t border-stone-200 pl-5 pt-2 dark:border-stone-600"
          aria-label="Dictionary senses"
          lang="en"
        >
          {card.senses.map((sense, i) => (
            <li key={i}>{sense}</li>
          ))}
        </ol>
      )}
      {card && card.senses.length === 0 && !glossary && (
        <p className="mt-2 text-xs italic text-stone-600 dark:text-stone-300">Not in the dictionary; pinyin by rule.</p>
      )}
      {(card || voice) && (
        <div className="mt-2 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-2 dark:border-stone-600" data-study-tools="">
          {card && (
            <button
              type="button"
              onClick={() => save(card.pinyin, glossary?.recommended ?? card.senses[0] ?? '')}
              className={TOOL_BUTTON}
              data-save-word=""
            >
              {savedWord === open.word ? 'Saved' : 'Save word'}
            </button>
          )}
          {voice && context.sentence && (
            <button type="button" onClick={() => speak(context.sentence ?? '', voice)} className={TOOL_BUTTON} data-read-aloud="sentence">
              Read sentence aloud
            </button>
          )}
          {voice && context.paragraph && (
            <button type="button" onClick={() => speak(context.paragraph, voice)} className={TOOL_BUTTON} data-read-aloud="paragraph">
              Read paragraph aloud
            </button>
          )}
          <span role="status" className="text-xs">
            {savedWord === open.word && (
              <>
                in{' '}
                <a href="/words" className="underline underline-offset-2">
                  your words
                </a>
              </>
            )}
          </span>
        </div>
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
