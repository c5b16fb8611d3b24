'use client';

import { useEffect } from 'react';

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/**
 * Opens the closed terminology summary when it is wanted: on `t` (it toggles, and the summary takes the focus), and
 * when the address names one of its terms (`#t-…`, as a note's "all renderings here" link does), so the term is shown.
 */
export function SummaryOpener() {
  useEffect(() => {
    const details = document.getElementById('terminology');
    if (!(details instanceof HTMLDetailsElement)) return;
    const showHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith('t-')) return;
      details.open = true;
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 't' || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest(TYPING)) return;
      event.preventDefault();
      details.open = !details.open;
      details.querySelector('summary')?.focus();
      if (details.open) details.scrollIntoView({ block: 'nearest' });
    };
    showHash();
    window.addEventListener('hashchange', showHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', showHash);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
