'use client';

import { useState } from 'react';

/** Shows only the beads that carry terminology notes (a view filter, not remembered). */
export function NotesFilter() {
  const [on, setOn] = useState(false);
  const toggle = () => {
    const next = !on;
    setOn(next);
    document.documentElement.toggleAttribute('data-notes-only', next);
  };
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      className="rounded px-2 py-1 text-xs font-medium ring-1 ring-stone-300 aria-pressed:bg-stone-800 aria-pressed:text-white dark:ring-stone-600 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
    >
      Only beads with notes
    </button>
  );
}
