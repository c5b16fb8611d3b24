import Link from 'next/link';
import { PreferenceControl } from './preference-control';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-stone-50/95 backdrop-blur dark:border-stone-700 dark:bg-stone-900/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" className="font-semibold tracking-tight">
          Qiushi Parallel <span lang="zh-Hans" className="font-normal text-stone-600 dark:text-stone-300">求是对照</span>
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/" className="underline-offset-4 hover:underline">
            Library
          </Link>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <PreferenceControl name="theme" legend="Colour theme" labels={{ light: 'Light', dark: 'Dark' }} />
        </div>
      </div>
    </header>
  );
}
