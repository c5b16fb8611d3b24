'use client';

import { useEffect, useId, useState } from 'react';
import { SCRIPTS, parseScript, type Script } from '@/lib/script/names';
import { SCRIPT_COOKIE } from '@/lib/ui/preferences';
import { cn } from '@/lib/ui/cn';

const LABELS: Record<Script, { label: string; lang: string; title: string }> = {
  hans: { label: '简体', lang: 'zh-Hans', title: 'Simplified' },
  'hant-tw': { label: '繁體 台', lang: 'zh-Hant-TW', title: 'Traditional, Taiwan standard' },
  'hant-hk': { label: '繁體 港', lang: 'zh-Hant-HK', title: 'Traditional, Hong Kong standard' },
};
const ONE_YEAR_S = 365 * 24 * 3600;

function currentScript(): Script {
  const fromUrl = new URL(window.location.href).searchParams.get('script');
  if (fromUrl) return parseScript(fromUrl);
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${SCRIPT_COOKIE}=`));
  return parseScript(cookie?.slice(SCRIPT_COOKIE.length + 1));
}

function remember(script: Script) {
  document.cookie = `${SCRIPT_COOKIE}=${script}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}

/**
 * Simplified / Traditional switch. Pages are prerendered per script and picked by the
 * cookie on the server, so switching reloads the page in the chosen script.
 */
export function ScriptSwitch() {
  const [script, setScript] = useState<Script>('hans');
  const id = useId();

  useEffect(() => {
    const initial = currentScript();
    setScript(initial);
    // A script given in the URL becomes the remembered choice.
    if (new URL(window.location.href).searchParams.has('script')) remember(initial);
  }, []);

  const choose = (next: Script) => {
    setScript(next);
    remember(next);
    const url = new URL(window.location.href);
    url.searchParams.delete('script');
    window.location.replace(url.toString());
  };

  return (
    <fieldset className="flex items-center gap-1" data-preference="script">
      <legend className="sr-only">Chinese script</legend>
      {SCRIPTS.map((option) => (
        <label
          key={option}
          title={LABELS[option].title}
          className={cn(
            'cursor-pointer rounded px-2 py-1 text-xs font-medium ring-1 ring-stone-300 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--color-accent)] dark:ring-stone-600',
            script === option
              ? 'bg-stone-800 text-white dark:bg-stone-100 dark:text-stone-900'
              : 'bg-white text-stone-700 hover:bg-stone-100 dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-stone-700',
          )}
        >
          <input
            type="radio"
            className="sr-only"
            name={id}
            value={option}
            checked={script === option}
            onChange={() => choose(option)}
            aria-label={LABELS[option].title}
          />
          <span lang={LABELS[option].lang} aria-hidden="true">
            {LABELS[option].label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
