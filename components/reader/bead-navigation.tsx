'use client';

import { useEffect } from 'react';

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/** `j` / `k` move to the next / previous bead, like in mail and feed readers. */
export function BeadNavigation() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'j' && event.key !== 'k') return;
      if (event.target instanceof Element && event.target.closest(TYPING)) return;
      const beads = Array.from(document.querySelectorAll<HTMLElement>('[data-bead]'));
      if (beads.length === 0) return;
      const current = (document.activeElement as Element | null)?.closest<HTMLElement>('[data-bead]');
      let index = current ? beads.indexOf(current) : -1;
      if (index < 0) {
        // Nothing focused yet: start from the first bead below the header.
        index = beads.findIndex((bead) => bead.getBoundingClientRect().top >= 64) - (event.key === 'j' ? 1 : 0);
      }
      const next = beads[Math.min(beads.length - 1, Math.max(0, index + (event.key === 'j' ? 1 : -1)))];
      if (!next) return;
      event.preventDefault();
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: 'start', behavior: 'smooth' });
      window.history.replaceState(null, '', `#${next.id}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
