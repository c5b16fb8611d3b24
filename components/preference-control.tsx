'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { PREFERENCES, type PreferenceName } from '@/lib/ui/preferences';
import { SegmentedRadio } from './segmented-radio';

export interface PreferenceControlProps<Name extends PreferenceName> {
  name: Name;
  legend: string;
  labels: Record<(typeof PREFERENCES)[Name]['values'][number], string>;
}

/**
 * A radio group for one reader preference. The value lives on <html> (set before
 * paint by the boot script) and in localStorage, so every page shares it.
 */
export function PreferenceControl<Name extends PreferenceName>({ name, legend, labels }: PreferenceControlProps<Name>) {
  const preference = PREFERENCES[name];
  // The attribute on <html> is the store: another control (or the boot script) may change it.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: [preference.attribute] });
      return () => observer.disconnect();
    },
    [preference],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => document.documentElement.getAttribute(preference.attribute) ?? preference.fallback,
    // The server cannot know the reader's choice; the first client render corrects it.
    () => preference.fallback,
  );

  const choose = (next: string) => {
    document.documentElement.setAttribute(preference.attribute, next);
    try {
      localStorage.setItem(preference.storageKey, next);
    } catch {
      // Private browsing may forbid storage; the choice still applies to this page.
    }
  };

  const options = (preference.values as readonly string[]).map((option) => ({
    value: option,
    label: labels[option as keyof typeof labels],
  }));
  return <SegmentedRadio legend={legend} options={options} value={value} onChange={choose} data-preference={name} />;
}
