import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { GlossaryChoice } from '@/components/checklist/glossary-choice';
import { GlossaryUpload } from '@/components/checklist/glossary-upload';
import { USER_CSV_HEADER } from '@/lib/glossary';
import { termHref } from '@/lib/reader/links';
import { getUserGlossary } from '@/lib/reader/user-glossary';

export const metadata: Metadata = { title: 'Your glossary' };

export default async function GlossaryPage() {
  // The uploaded file changes at run time: read it per request.
  await connection();
  const user = getUserGlossary();
  return (
    <article className="max-w-4xl">
      <h1 className="text-2xl font-semibold">Your glossary</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        Check the translations against your own term list. Your entries take precedence over the project glossary for the same term and add
        new terms, which are kept whole when the Chinese is segmented.
      </p>

      <section aria-labelledby="choice" className="mt-6">
        <h2 id="choice" className="text-lg font-semibold">
          Which glossary the notes follow
        </h2>
        <GlossaryChoice hasUserGlossary={user !== undefined} />
      </section>

      <section aria-labelledby="upload" className="mt-8">
        <h2 id="upload" className="text-lg font-semibold">
          Upload a term list
        </h2>
        <p className="mt-1 max-w-prose text-sm text-stone-700 dark:text-stone-300">
          CSV with the header <code>{USER_CSV_HEADER.join(',')}</code> (note optional; variants separated by <code>|</code>), or TBX-Basic
          as the{' '}
          <a href="/exports/glossary.tbx" className="underline underline-offset-2">
            project exports it
          </a>
          . A file with a problem is refused whole, with the line and column of the first problem. The upload replaces any earlier one and
          is stored in the library as a file.
        </p>
        <GlossaryUpload hasUserGlossary={user !== undefined} />
      </section>

      <section aria-labelledby="entries" className="mt-8">
        <h2 id="entries" className="text-lg font-semibold">
          Uploaded entries
        </h2>
        {!user ? (
          <p className="mt-2 text-sm">No glossary uploaded: notes follow the project glossary.</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-sm" data-user-glossary="">
            <caption className="sr-only">Entries of the uploaded glossary</caption>
            <thead>
              <tr className="border-b border-stone-300 text-left dark:border-stone-600">
                <th scope="col" className="py-2 pr-3">
                  Term
                </th>
                <th scope="col" className="py-2 pr-3">
                  Recommended
                </th>
                <th scope="col" className="py-2 pr-3">
                  Variants
                </th>
                <th scope="col" className="py-2">
                  Note
                </th>
              </tr>
            </thead>
            <tbody>
              {user.entries.map((entry) => (
                <tr key={entry.term} id={`term-${entry.term}`} className="border-b border-stone-200 align-top dark:border-stone-700">
                  <td className="py-2 pr-3">
                    <Link href={termHref(entry.term)} lang="zh-Hans" className="text-zh text-base underline underline-offset-2">
                      {entry.term}
                    </Link>{' '}
                    <span lang="zh-Latn-pinyin" className="text-stone-600 dark:text-stone-300">
                      {entry.pinyin}
                    </span>
                  </td>
                  <td lang="en" className="py-2 pr-3">
                    {entry.recommended}
                  </td>
                  <td lang="en" className="py-2 pr-3">
                    {entry.variants.join('; ')}
                  </td>
                  <td className="py-2">{entry.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
