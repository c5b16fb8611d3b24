'use client';

import { useEffect, useRef } from 'react';

/** Header search: a plain GET form to /search; `/` focuses it from anywhere on the page. */
export function SearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form action="/search" method="get" role="search" className="flex items-center">
      <label htmlFor="site-search" className="sr-only">
        Search both languages
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search 网络强国, wangluo, cyber power… ( / )"
        className="w-56 rounded border border-stone-300 bg-white px-2 py-1 text-sm placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-800 dark:placeholder:text-stone-400"
      />
    </form>
  );
}
