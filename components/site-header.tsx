import Link from 'next/link';
import { PreferenceControl } from './preference-control';
import { ScriptSwitch } from './script-switch';
import { SearchBox } from './search-box';

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
          <Link href="/" className="underline-offset-4 hover:underline">
            Library
          </Link>
          <Link href="/terms" className="underline-offset-4 hover:underline">
            Terms
          </Link>
          <Link href="/glossary" className="underline-offset-4 hover:underline">
            Your glossary
          </Link>
          <Link href="/words" className="underline-offset-4 hover:underline">
            Saved words
          </Link>
          <Link href="/about" className="underline-offset-4 hover:underline">
            About &amp; sources
          </Link>
        </nav>
        <SearchBox />
        <details className="relative ml-auto">
          <summary className="cursor-pointer rounded px-2 py-1 text-sm ring-1 ring-stone-300 dark:ring-stone-600">Display</summary>
          <div className="absolute right-0 z-40 mt-2 grid w-max gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-800">
            <div className="grid gap-1">
              <span className="text-xs text-stone-600 dark:text-stone-300" aria-hidden="true">
                Script
              </span>
              <ScriptSwitch />
            </div>
            <div className="grid gap-1">
              <span className="text-xs text-stone-600 dark:text-stone-300" aria-hidden="true">
                Pinyin
              </span>
              <PreferenceControl name="pinyin" legend="Pinyin above the characters" labels={{ off: 'Off', on: 'Pīnyīn' }} />
            </div>
            <div className="grid gap-1">
              <span className="text-xs text-stone-600 dark:text-stone-300" aria-hidden="true">
                Tone colours
              </span>
              <PreferenceControl name="tones" legend="Tone colours" labels={{ off: 'Off', on: 'On' }} />
            </div>
            <div className="grid gap-1">
              <span className="text-xs text-stone-600 dark:text-stone-300" aria-hidden="true">
                Text size
              </span>
              <PreferenceControl name="textSize" legend="Text size" labels={{ s: 'A−', m: 'A', l: 'A+', xl: 'A++' }} />
            </div>
            <div className="grid gap-1">
              <span className="text-xs text-stone-600 dark:text-stone-300" aria-hidden="true">
                Theme
              </span>
              <PreferenceControl name="theme" legend="Colour theme" labels={{ light: 'Light', dark: 'Dark' }} />
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
