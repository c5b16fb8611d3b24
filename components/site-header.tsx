import Link from 'next/link';
import type { ReactNode } from 'react';
import { DisplayMenu } from './display-menu';
import { PreferenceControl } from './preference-control';
import { RememberScriptFromUrl, ScriptSwitch } from './script-switch';
import { SearchBox } from './search-box';

const NAV_LINKS = [
  ['/', 'Library'],
  ['/terms', 'Terms'],
  ['/glossary', 'Your glossary'],
  ['/words', 'Saved words'],
  ['/about', 'About & sources'],
] as const;

/** One setting of the Display menu; its title is shown only (the control carries its own label). */
function DisplayRow({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <span className="text-xs text-stone-600 dark:text-stone-300" aria-hidden="true">
        {title}
      </span>
      {children}
    </div>
  );
}

export function SiteHeader() {
  return (
    <header className="z-30 border-b md:sticky md:top-0 border-stone-200 bg-stone-50/95 backdrop-blur dark:border-stone-700 dark:bg-stone-900/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" className="font-semibold tracking-tight">
          Qiushi Parallel{' '}
          <span lang="zh-Hans" className="font-normal text-stone-600 dark:text-stone-300">
            求是对照
          </span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV_LINKS.map(([href, label]) => (
            <Link key={href} href={href} className="underline-offset-4 hover:underline">
              {label}
            </Link>
          ))}
        </nav>
        <SearchBox />
        <RememberScriptFromUrl />
        <DisplayMenu>
          <DisplayRow title="Script">
            <ScriptSwitch />
          </DisplayRow>
          <DisplayRow title="Pinyin">
            <PreferenceControl name="pinyin" legend="Pinyin above the characters" labels={{ off: 'Off', on: 'Pīnyīn' }} />
          </DisplayRow>
          <DisplayRow title="Tone colours">
            <PreferenceControl name="tones" legend="Tone colours" labels={{ off: 'Off', on: 'On' }} />
          </DisplayRow>
          <DisplayRow title="Text size">
            <PreferenceControl name="textSize" legend="Text size" labels={{ s: 'A−', m: 'A', l: 'A+', xl: 'A++' }} />
          </DisplayRow>
          <DisplayRow title="Theme">
            <PreferenceControl name="theme" legend="Colour theme" labels={{ light: 'Light', dark: 'Dark' }} />
          </DisplayRow>
        </DisplayMenu>
      </div>
    </header>
  );
}
