'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_SCRIPT, SCRIPTS, parseScript, zhLangTag, type Script } from '@/lib/script/names';
import { SCRIPT_COOKIE } from '@/lib/ui/preferences';
import { SegmentedRadio } from './segmented-radio';

const LABELS: Record<Script, { label: string; title: string }> = {
  hans: { label: '简体', title: 'Simplified' },
  'hant-tw': { label: '繁體 台', title: 'Traditional, Taiwan standard' },
  'hant-hk': { label: '繁體 港', title: 'Traditional, Hong Kong standard' },
};
const OPTIONS = SCRIPTS.map((script) => ({
  value: script,
  name: LABELS[script].title,
  title: LABELS[script].title,
  label: (
    <span lang={zhLangTag(script)} aria-hidden="true">
      {LABELS[script].label}
    </span>
  ),
}));
const ONE_YEAR_S = 365 * 24 * 3600;

function currentScript(): Script {
  const fromUrl = new URL(window.location.href).searchParams.get('script');
  if (fromUrl) return parseScript(fromUrl);
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${SCRIPT_COOKIE}=`));
  return parseScript(cookie?.slice(SCRIPT_COOKIE.length + 1));
}

/** The URL and the cookie change only by a page load, so there is nothing to subscribe to. */
const noSubscription = () => () => {};

function remember(script: Script) {
  document.cookie = `${SCRIPT_COOKIE}=${script}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}

/** A script given in the URL becomes the remembered choice, on any page, whether the Display menu was opened or not. */
export function RememberScriptFromUrl() {
  useEffect(() => {
    if (new URL(window.location.href).searchParams.has('script')) remember(currentScript());
  }, []);
  return null;
}

/**
 * Simplified / Traditional switch. Pages are prerendered per script and picked by the
 * cookie on the server, so switching reloads the page in the chosen script.
 */
export function ScriptSwitch() {
  const stored = useSyncExternalStore(noSubscription, currentScript, () => DEFAULT_SCRIPT);
  // Shown at once while the page reloads in the chosen script.
  const [chosen, setChosen] = useState<Script | null>(null);

  const choose = (value: string) => {
    const next = parseScript(value);
    setChosen(next);
    remember(next);
    const url = new URL(window.location.href);
    url.searchParams.delete('script');
    window.location.replace(url.toString());
  };

  return <SegmentedRadio legend="Chinese script" options={OPTIONS} value={chosen ?? stored} onChange={choose} data-preference="script" />;
}
