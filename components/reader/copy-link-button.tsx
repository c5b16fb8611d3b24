'use client';

import { useEffect } from 'react';

const BUTTON = '[data-copy-link]';
const MESSAGE_MS = 1500;

/**
 * Copies a bead's absolute permalink when its server-rendered "Link" button is pressed: one
 * delegated listener for the page instead of a client component per bead. Says what happened:
 * "Copied" only when the clipboard took it.
 */
export function CopyLinks() {
  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>(BUTTON) : null;
      const anchor = button?.dataset.copyLink;
      const label = button?.querySelector('[aria-live]');
      if (!anchor || !label) return;
      const url = new URL(`#${anchor}`, window.location.href).toString();
      let copied = true;
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        copied = false;
        // Without the clipboard, the address bar is the next best place to copy the link from.
        window.history.replaceState(null, '', `#${anchor}`);
      }
      label.textContent = copied ? 'Copied' : 'Link in address bar';
      window.setTimeout(() => (label.textContent = 'Link'), MESSAGE_MS);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
