'use client';

import { useState, type ReactNode } from 'react';

/**
 * The Display menu. Its settings work only with JavaScript (they live on <html> and in storage), so
 * they are rendered when the menu is first opened rather than sent, hidden, in every page's HTML.
 */
export function DisplayMenu({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="relative ml-auto" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer rounded px-2 py-1 text-sm ring-1 ring-stone-300 dark:ring-stone-600">Display</summary>
      {opened && (
        <div className="absolute right-0 z-40 mt-2 grid w-max gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-800">
          {children}
        </div>
      )}
    </details>
  );
}
