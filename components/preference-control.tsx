'use client';

import { useEffect, useId, useState } from 'react';
import { PREFERENCES, type PreferenceName } from '@/lib/ui/preferences';
import { cn } from '@/lib/ui/cn';

export interface PreferenceControlProps<Name extends PreferenceName> {
  name: Name;
  legend: string;
  labels: Record<(typeof PREFERENCES)[Name]['values'][number], string>;
  className?: string;
}

/**
 * A radio group for one reader preference. The value lives on <html> (set before
 * paint by the boot script) and in localStorage, so every page shares it.
 */
export function PreferenceControl<Name extends PreferenceName>({ name, legend, labels, className }: PreferenceControlProps<Name>) {
  const preference = PREFERENCES[name];
  const [value, setValue] = useState<string>(preference.fallback);
  const id = useId();

  useEffect(() => {
    setValue(document.documentElement.getAttribute(preference.attribute) ?? preference.fallback);
  }, [preference]);

  const choose = (next: string) => {
    setValue(next);
    document.documentElement.setAttribute(preference.attribute, next);
    try {
      localStorage.setItem(preference.storageKey, next);
    } catch {
      // Private browsing may forbid storage; the choice still applies to this page.
    }
  };

  return (
    <fieldset className={cn('flex items-center gap-1', className)} data-preference={name}>
      <legend className="sr-only">{legend}</legend>
      {(preference.values as readonly string[]).map((option) => (
        <label
          key={option}
          className={cn(
            'cursor-pointer rounded px-2 py-1 text-xs font-medium ring-1 ring-stone-300 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--color-accent)] dark:ring-stone-600',
            value === option
              ? 'bg-stone-800 text-white dark:bg-stone-100 dark:text-stone-900'
              : 'bg-white text-stone-700 hover:bg-stone-100 dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-stone-700',
          )}
        >
          <input
            type="radio"
            className="sr-only"
            name={id}
            value={option}
            checked={value === option}
            onChange={() => choose(option)}
          />
          {labels[option as keyof typeof labels]}
        </label>
      ))}
    </fieldset>
  );
}
