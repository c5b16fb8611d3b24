import type { Metadata } from 'next';
import Link from 'next/link';
import { searchHref, termHref } from '@/lib/reader';
import { runSearch, SEARCH_PAGE_SIZE, type Highlighted } from '@/lib/reader/search';
import { chosenScript } from '@/app/script-choice';
import { zhLangTag } from '@/lib/script';
import { MAX_QUERY_LENGTH } from '@/lib/search';
import { libraryIndex } from '@/lib/store';

export const metadata: Metadata = { title: 'Search' };

const KIND_LABEL = { chinese: 'Chinese', pinyin: 'pinyin (and English)', english: 'English' } as const;

function Marked({ parts }: { parts: Highlighted[] }) {
  return parts.map((part, i) =>
    part.mark === null ? (
      part.text
    ) : (
      <mark
        key={i}
        data-mark={part.mark}
        className={
          part.mark === 'match'
            ? 'rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-700'
            : 'rounded bg-emerald-200 px-0.5 text-inherit dark:bg-emerald-800'
        }
      >
        {part.text}
      </mark>
    ),
  );
}

type Props = { searchParams: Promise<{ q?: string | string[]; script?: string; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = first(params.q) ?? '';
  const script = await chosenScript(params.script);
  const lang = zhLangTag(script);
  const results = await runSearch(await libraryIndex(), q, script, Number(first(params.page) ?? 1));
  const pageHref = (page: number) => (page === 1 ? searchHref(results.query) : `${searchHref(results.query)}&page=${page}`);
  const shownFrom = (results.page - 1) * SEARCH_PAGE_SIZE + 1;
  const shownTo = shownFrom - 1 + results.documents.reduce((n, doc) => n + doc.hits.length, 0);
  return (
    <>
      <h1 className="text-2xl font-semibold">Search</h1>
      <form action="/search" method="get" role="search" className="mt-3 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search query
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-800"
          placeholder="网络强国 · 網絡強國 · wangluo qiangguo · cyber rule of law"
        />
        <button type="submit" className="rounded bg-stone-800 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900">
          Search
        </button>
      </form>
      {results.tooLong && (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300" role="status" data-query-too-long>
          This query has {Array.from(results.query).length.toLocaleString('en')} characters; search takes up to {MAX_QUERY_LENGTH}. Shorten
          it to the word or phrase you are looking for.
        </p>
      )}
      {results.busy && (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300" role="status" data-search-busy>
          The server is answering many searches just now. Try again in {results.busy.retryAfterSeconds} seconds.
        </p>
      )}
      {q && !results.tooLong && !results.busy && (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300" aria-live="polite" data-result-count={results.total}>
          {results.more && 'more than '}
          {results.total.toLocaleString('en')} {results.total === 1 && !results.more ? 'bead' : 'beads'} for <q>{results.query}</q>, read as{' '}
          {KIND_LABEL[results.kind]}
          {(results.page > 1 || results.hasNextPage) && shownTo >= shownFrom && (
            <>
              {' '}
              · {shownFrom}–{shownTo} shown
            </>
          )}
          {results.term && (
            <>
              {' '}
              · glossary term{' '}
              <Link href={termHref(results.term)} lang={lang} className="underline">
                {results.termLabel}
              </Link>
              : its renderings are marked in green
            </>
          )}
        </p>
      )}
      <div className="mt-4 space-y-8">
        {results.documents.map((doc) => (
          <section key={doc.slug} aria-labelledby={`r-${doc.slug}`} data-result-document={doc.slug}>
            <h2 id={`r-${doc.slug}`} className="text-lg font-semibold">
              {doc.title.zh && (
                <span lang={lang} className="text-zh mr-2">
                  {doc.title.zh}
                </span>
              )}
              <span lang="en" className="text-en">
                {doc.title.en}
              </span>
            </h2>
            <ol className="mt-2 divide-y divide-stone-200 dark:divide-stone-700">
              {doc.hits.map((hit) => (
                <li key={hit.beadNumber} className="grid gap-2 py-3 md:grid-cols-[3rem_1fr_1fr]" data-result-bead={hit.beadNumber}>
                  <Link href={hit.href} className="font-mono text-sm underline" aria-label={`Bead ${hit.beadNumber} of ${doc.title.en}`}>
                    {hit.beadNumber}
                  </Link>
                  {hit.zh.length > 0 && (
                    <p lang={lang} className="text-zh line-clamp-6 whitespace-pre-line text-sm">
                      <Marked parts={hit.zh} />
                    </p>
                  )}
                  {hit.en.length > 0 && (
                    <p lang="en" className="text-en line-clamp-6 whitespace-pre-line text-sm">
                      <Marked parts={hit.en} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {(results.page > 1 || results.hasNextPage) && (
        <nav aria-label="Result pages" className="mt-6 flex gap-4 text-sm" data-result-pages>
          {results.page > 1 && (
            <Link href={pageHref(results.page - 1)} rel="prev" className="underline">
              Previous {SEARCH_PAGE_SIZE}
            </Link>
          )}
          {results.hasNextPage && (
            <Link href={pageHref(results.page + 1)} rel="next" className="underline">
              Next {SEARCH_PAGE_SIZE}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
