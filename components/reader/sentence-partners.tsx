'use client';

import { useEffect } from 'react';
import { SENTENCE } from './word-markup';

const ACTIVE = 'sentence-active';

/**
 * Hovering or focusing a sentence highlights it and its partner sentence(s) in the other
 * language: one delegated listener for the page. Sentences are marked up by markParagraph.
 */
export function SentencePartners() {
  useEffect(() => {
    let active: Element[] = [];
    const clear = () => {
      for (const node of active) node.classList.remove(ACTIVE);
      active = [];
    };
    const highlight = (target: EventTarget | null) => {
      const sentence = target instanceof Element ? target.closest<HTMLElement>(SENTENCE) : null;
      const bead = sentence?.closest('[data-bead]');
      if (!sentence || !bead) return clear();
      if (active.includes(sentence)) return;
      clear();
      active = Array.from(bead.querySelectorAll(`[data-s="${CSS.escape(sentence.dataset.s ?? '')}"]`));
      for (const node of active) node.classList.add(ACTIVE);
    };
    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType === 'mouse') highlight(event.target);
    };
    const onFocusIn = (event: FocusEvent) => highlight(event.target);
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('focusin', onFocusIn);
      clear();
    };
  }, []);
  return null;
}
