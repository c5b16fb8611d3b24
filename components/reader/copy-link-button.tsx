'use client';

import { useEffect } from 'react';

const BUTTON = '[data-copy-link]';
const MESSAGE_MS = 1500;

/**
 * A "Link" button beside each bead's permalink, added here because it only works with JavaScript
 * (and so the page does not carry one per bead twice, in its HTML and its payload). The space it
 * takes is reserved by CSS (.bead-meta), so adding it moves nothing.
 */
function addButtons() {
  for (const permalink of document.querySelectorAll<HTMLAnchorElement>('[data-bead] > .bead-meta > .bead-link')) {
    const bead = permalink.closest<HTMLElement>('[data-bead]');
    if (!bead || permalink.nextElementSibling?.matches(BUTTON)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.dataset.copyLink = bead.id;
    button.setAttribute('aria-label', `Copy link to bead ${bead.dataset.bead ?? ''}`);
    const label = document.createElement('span');
    label.setAttribute('aria-live', 'polite');
    label.textContent = 'Link';
    button.append(label);
    permalink.after(button);
  }
}

/**
 * Copies a bead's absolute permalink when its "Link" button is pressed: one delegated listener for
 * the page instead of a client component per bead. Says what happened: "Copied" only when the
 * clipboard took it.
 */
export function CopyLinks() {
  useEffect(() => {
    addButtons();
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
