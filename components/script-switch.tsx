'use client';

import { useEffect, useState } from 'react';
import { SCRIPTS, parseScript, type Script } from '@/lib/script/names';
import { SCRIPT_COOKIE } from '@/lib/ui/preferences';
import { SegmentedRadio } from './segmented-radio';

const LABELS: Record<Script, { label: string; lang: string; title: string }> = {
  hans: { label: '简体', lang: 'zh-Hans', title: 'Simplified' },
  'hant-tw': { label: '繁體 台', lang: 'zh-Hant-TW', title: 'Traditional, Taiwan standard' },
  'hant-hk': { label: '繁體 港', lang: 'zh-Hant-HK', title: 'Traditional, Hong Kong standard' },
};
const OPTIONS = SCRIPTS.map((script) => ({
  value: script,
  name: LABELS[script].title,
  title: LABELS[script].title,
  label: (
    <span lang={LABELS[script].lang} aria-hidden="true">
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

function remember(script: Script) {
  document.cookie = `${SCRIPT_COOKIE}=${script}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}

/**
 * Simplified / Traditional switch. Pages are prerendered per script and picked by the
 * cookie on the server, so switching reloads the page in the chosen script.
 */
export function ScriptSwitch() {
  const [script, setScript] = useState<Script>('hans');

  useEffect(() => {
    const initial = currentScript();
    setScript(initial);
    // A script given in the URL becomes the remembered choice.
    if (new URL(window.location.href).searchParams.has('script')) remember(initial);
  }, []);

  const choose = (value: string) => {
    const next = parseScript(value);
    setScript(next);
    remember(next);
    const url = new URL(window.location.href);
    url.searchParams.delete('script');
    window.location.replace(url.toString());
  };

  return <SegmentedRadio legend="Chinese script" options={OPTIONS} value={script} onChange={choose} data-preference="script" />;
}
