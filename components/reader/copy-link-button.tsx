'use client';

import { useState } from 'react';

/** Copies the absolute permalink of a bead. */
export function CopyLinkButton({ anchor }: { anchor: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = new URL(`#${anchor}`, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      window.history.replaceState(null, '', `#${anchor}`);
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="inline-flex min-h-6 items-center rounded px-1 text-[0.7rem] text-stone-600 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-700"
      aria-label={`Copy link to bead ${anchor.slice(1)}`}
    >
      <span aria-live="polite">{copied ? 'Copied' : 'Link'}</span>
    </button>
  );
}
