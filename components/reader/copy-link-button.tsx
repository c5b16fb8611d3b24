'use client';

import { useState } from 'react';

const LABEL = { idle: 'Link', copied: 'Copied', failed: 'Link in address bar' } as const;
/** How long the outcome of a copy stays on the button. */
const SHOWN_MS = 1500;

/** Copies the absolute permalink of a bead. */
export function CopyLinkButton({ anchor }: { anchor: string }) {
  const [shown, setShown] = useState<string>(LABEL.idle);
  const copy = async () => {
    const url = new URL(`#${anchor}`, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      setShown(LABEL.copied);
    } catch {
      // No clipboard (permission refused, insecure context): the link goes to the address bar to copy from.
      window.history.replaceState(null, '', `#${anchor}`);
      setShown(LABEL.failed);
    }
    window.setTimeout(() => setShown(LABEL.idle), SHOWN_MS);
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="inline-flex min-h-6 items-center rounded px-1 text-[0.7rem] text-stone-600 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-700"
      aria-label={`Copy link to bead ${anchor.slice(1)}`}
    >
      <span aria-live="polite">{shown}</span>
    </button>
  );
}
