import type { Metadata } from 'next';
import Link from 'next/link';
import { chosenScript } from '@/app/script-choice';
import { libraryIndex } from '@/lib/store';
import { getTermIndex, type TermSort } from '@/lib/reader/terms';
import { convertWord, zhLangTag } from '@/lib/script';

export const metadata: Metadata = { title: 'Terms' };

const SORTS: Array<{ key: TermSort; label: string }> = [
  { key: 'term', label: 'Term' },
  { key: 'occurrences', label: 'Occurrences' },
  { key: 'renderings', label: 'Renderings' },
];

type Props = { searchParams: Promise<{ sort?: string; inconsistent?: string; script?: string }> };

export default async function TermsPage({ searchParams }: Props) {
  const params = await searchParams;
  const script = await chosenScript(params.script);
  const lang = zhLangTag(script);
  const sort = SORTS.find((s) => s.key === params.sort)?.key ?? 'occurrences';
  const onlyInconsistent = params.inconsistent === '1';
  const rows = await getTermIndex(await libraryIndex(), { sort, onlyInconsistent });
  const query = (next: Record<string, string | undefined>) => {
    const merged = { sort, inconsistent: onlyInconsistent ? '1' : undefined, ...next };
    const search = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
    return `/terms?${search}`;
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">Terms</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        The curated glossary with how the corpus translations rendered each term. A term is inconsistent when its occurrences are rendered
        in more than one way.
      </p>
      <p className="mt-2 text-sm">
        Download:{' '}
        <a href="/exports/glossary.tbx" className="underline underline-offset-2">
          glossary (TBX-Basic)
        </a>
        {' · '}
        <a href="/exports/glossary.csv" className="underline underline-offset-2">
          glossary with observed renderings (CSV)
        </a>
        {' · '}
        <a href="/exports/notes.csv" className="underline underline-offset-2">
          all terminology notes (CSV)
        </a>
        {' · '}
        <Link href="/checklist" className="underline underline-offset-2">
          review report of the library, by kind of translation
        </Link>
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4 text-sm">
        {/* A real button in a GET form: Space and Enter both toggle it, with no script. */}
        <form action="/terms" method="get">
          <input type="hidden" name="sort" value={sort} />
          {!onlyInconsistent && <input type="hidden" name="inconsistent" value="1" />}
          <button
            type="submit"
            aria-pressed={onlyInconsistent}
            className="rounded px-2 py-1 ring-1 ring-stone-300 aria-pressed:bg-stone-800 aria-pressed:text-white dark:ring-stone-600 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
          >
            Only inconsistent terms
          </button>
        </form>
        <span className="text-stone-600 dark:text-stone-300" aria-live="polite">
          {rows.length} terms
        </span>
      </div>
      <table className="mt-4 w-full border-collapse text-sm" data-terms-table="">
        <caption className="sr-only">Glossary terms and their renderings in the corpus</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left dark:border-stone-600">
            {SORTS.map((s) => (
              <th
                key={s.key}
                scope="col"
                aria-sort={s.key === sort ? (s.key === 'term' ? 'ascending' : 'descending') : undefined}
                className="py-2 pr-3"
              >
                <Link href={query({ sort: s.key })} className="underline-offset-4 hover:underline">
                  {s.label}
                  {s.key === sort ? (s.key === 'term' ? ' ▲' : ' ▼') : ''}
                </Link>
              </th>
            ))}
            <th scope="col" className="py-2 pr-3">
              Recommended rendering
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.term} className="border-b border-stone-200 align-top dark:border-stone-700" data-term={row.term}>
              <td className="py-2 pr-3">
                <Link href={row.href} className="underline-offset-4 hover:underline">
                  <span lang={lang} className="text-zh text-base">
                    {convertWord(row.term, script)}
                  </span>
                </Link>{' '}
                <span lang="zh-Latn-pinyin" className="text-stone-600 dark:text-stone-300">
                  {row.pinyin}
                </span>
              </td>
              <td className="py-2 pr-3 tabular-nums">{row.occurrences}</td>
              <td className="py-2 pr-3 tabular-nums">
                {row.renderings}
                {row.renderings > 1 && (
                  <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    inconsistent
                  </span>
                )}
              </td>
              <td lang="en" className="py-2 pr-3">
                {row.recommended}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
