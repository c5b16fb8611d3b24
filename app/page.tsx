import Link from 'next/link';
import { TranslationCredit } from '@/components/translation-credit';
import { backgroundIndexer } from '@/lib/indexer';
import { getLibrary, readHref } from '@/lib/reader';
import { chosenScript } from '@/app/script-choice';
import { convertText, zhLangTag } from '@/lib/script';
import { indexFailures, libraryIndex } from '@/lib/store';

type Props = { searchParams: Promise<{ script?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LibraryPage({ searchParams }: Props) {
  const params = await searchParams;
  const script = await chosenScript(first(params.script));
  const lang = zhLangTag(script);
  const index = await libraryIndex();
  const { items, total, page, pages } = await getLibrary(index, Number.parseInt(first(params.page) ?? '1', 10) || 1);
  const failures = await indexFailures(index);
  const { pending, error } = backgroundIndexer().status();
  return (
    <>
      <h1 className="text-2xl font-semibold">Library</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        Essays from <i>Qiushi</i> <span lang="zh-Hans">《求是》</span> read beside their English rendering, aligned paragraph by paragraph,
        and English reference texts on the same subjects.
      </p>
      <p className="mt-2 text-sm">
        <Link href="/import" className="underline underline-offset-2">
          Add your own text pair
        </Link>
      </p>
      <p className="mt-2 text-sm">
        Download every aligned bead as a translation memory:{' '}
        <a href="/exports/corpus.tmx" className="underline underline-offset-2">
          TMX 1.4b
        </a>
      </p>
      <p className="mt-4 text-sm text-stone-700 dark:text-stone-300" data-library-total={total} role="status">
        {total} {total === 1 ? 'document' : 'documents'}
        {pending > 0 && <span data-indexing={pending}> · {pending} more being indexed: they appear here when ready</span>}
        {error && <span> · the index could not be brought up to date: {error}</span>}
      </p>
      {failures.length > 0 && (
        <section
          aria-labelledby="not-indexed"
          className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          <h2 id="not-indexed" className="font-semibold">
            {failures.length} {failures.length === 1 ? 'folder' : 'folders'} of the library could not be read
          </h2>
          <ul className="mt-1 list-disc pl-5" data-index-failures="">
            {failures.map((f) => (
              <li key={f.folder}>
                <code className="break-all">{f.message}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {items.map(({ meta, kind, zhParagraphs, enParagraphs, beads, omissions, flagged, checked, givenByFile }) => (
          <li key={meta.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-800">
            <h2 className="font-semibold">
              <Link href={readHref(meta.slug)} className="underline-offset-4 hover:underline">
                {meta.title.zh && (
                  <span lang={lang} className="block text-zh text-lg">
                    {convertText(meta.title.zh, script)}
                  </span>
                )}
                <span lang="en" className="block text-en">
                  {meta.title.en}
                </span>
              </Link>
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700 dark:text-stone-300">
              <dt className="text-stone-600 dark:text-stone-400">Author</dt>
              <dd>{meta.author.en ?? 'Unknown'}</dd>
              <dt className="text-stone-600 dark:text-stone-400">Date</dt>
              <dd>
                <time dateTime={meta.date}>{meta.date}</time>
              </dd>
              <dt className="text-stone-600 dark:text-stone-400">Kind</dt>
              <dd data-kind={kind}>{kind === 'bilingual' ? 'Bilingual' : 'English only'}</dd>
              {kind !== 'chinese-only' && (
                <>
                  <dt className="text-stone-600 dark:text-stone-400">Translation</dt>
                  <dd>
                    <TranslationCredit translation={meta.translation} />
                  </dd>
                </>
              )}
              <dt className="text-stone-600 dark:text-stone-400">Paragraphs</dt>
              <dd>
                {kind === 'bilingual'
                  ? `${zhParagraphs} Chinese · ${enParagraphs} English · ${beads} aligned rows`
                  : kind === 'chinese-only'
                    ? `${zhParagraphs} Chinese`
                    : `${enParagraphs} English`}
              </dd>
              {kind === 'bilingual' && (
                <>
                  <dt className="text-stone-600 dark:text-stone-400">Omissions</dt>
                  <dd data-omissions-count={omissions}>
                    {omissions === 0
                      ? 'none found'
                      : `${omissions} ${omissions === 1 ? 'sentence or paragraph' : 'sentences or paragraphs'} without counterpart`}
                  </dd>
                  <dt className="text-stone-600 dark:text-stone-400">Alignment</dt>
                  <dd data-flagged-count={flagged} data-checked-count={checked}>
                    {flagged === 0 ? 'no row to check' : `${flagged} ${flagged === 1 ? 'row' : 'rows'} to check`} ·{' '}
                    {checked === 0 ? 'none checked by hand' : `${checked} checked by hand`}
                    {givenByFile > 0 && ` · ${givenByFile} given by the imported file`}
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label="Library pages" className="mt-6 flex flex-wrap items-center gap-3 text-sm">
          {page > 1 && (
            <Link href={`/?page=${page - 1}`} rel="prev" className="underline underline-offset-2">
              Previous page
            </Link>
          )}
          <span aria-current="page">
            Page {page} of {pages}
          </span>
          {page < pages && (
            <Link href={`/?page=${page + 1}`} rel="next" className="underline underline-offset-2">
              Next page
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
