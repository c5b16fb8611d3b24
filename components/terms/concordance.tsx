import Link from 'next/link';
import type { ConcordanceGroup } from '@/lib/reader/terms';

/** Key-word-in-context lines grouped by rendering: the term centred in the Chinese, its rendering marked in the English. */
export function Concordance({ groups, zhLang }: { groups: ConcordanceGroup[]; zhLang: string }) {
  return (
    <div className="mt-3 space-y-6" data-concordance="">
      {groups.map((group) => (
        <section key={group.rendering ?? ''} data-rendering-group={group.rendering ?? ''} aria-label={group.rendering ?? 'not found'}>
          <h3 className="text-base font-semibold">
            {group.rendering ? <span lang="en">“{group.rendering}”</span> : <span className="italic">Not found in the English</span>}{' '}
            <span className="text-sm font-normal text-stone-600 dark:text-stone-300">×{group.count}</span>
          </h3>
          <ol className="mt-2 divide-y divide-stone-200 dark:divide-stone-700">
            {group.lines.map((line, i) => (
              <li key={i} className="grid gap-1 py-2 md:grid-cols-[1fr_1fr] md:gap-4">
                <p lang={zhLang} className="text-zh grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-start self-start text-sm">
                  {/* One line: the left context is clipped on its far side, so the term stays centred. */}
                  <span className="flex justify-end overflow-hidden whitespace-nowrap">{line.zh.left}</span>
                  <mark className="whitespace-nowrap rounded bg-amber-100 px-0.5 font-semibold text-inherit dark:bg-amber-800">
                    {line.zh.term}
                  </mark>
                  <span className="overflow-hidden text-ellipsis whitespace-nowrap">{line.zh.right}</span>
                </p>
                <p lang="en" className="text-en text-sm">
                  {line.en.left}
                  {line.en.match && <mark className="rounded bg-emerald-100 px-0.5 text-inherit dark:bg-emerald-900">{line.en.match}</mark>}
                  {line.en.right}{' '}
                  <Link href={line.href} className="text-xs text-stone-600 underline dark:text-stone-300">
                    {line.title}, bead {line.beadNumber}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
