import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { KIND_LABEL } from '@/components/checklist/checklist-filters';
import { PrintButton } from '@/components/checklist/print-button';
import { SeverityBadge } from '@/components/reader/term-notes';
import { chosenGlossarySource } from '@/app/glossary-choice';
import { TRANSLATION_KINDS } from '@/lib/corpus';
import { checklistHref } from '@/lib/reader';
import { getLibraryReport, REPORT_PAGE_SIZE } from '@/lib/reader/notes';
import { parseTranslationKind, TRANSLATION_LABEL, TRANSLATIONS_LABEL } from '@/lib/reader/translation';
import { STATUS_LABEL } from '@/lib/review';
import { chosenScript } from '@/app/script-choice';
import { zhLangTag } from '@/lib/script';
import { libraryIndex } from '@/lib/store';

type Props = { searchParams: Promise<{ glossary?: string; script?: string; translation?: string; page?: string }> };

/** A page number as the address gives it: digits only, no leading zero; anything else is no page. */
const pageOf = (value: string | undefined) => (value === undefined ? 1 : /^[1-9]\d{0,6}$/u.test(value) ? Number(value) : 0);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = pageOf((await searchParams).page);
  return { title: page > 1 ? `Review report, page ${page}` : 'Review report' };
}

/**
 * The library's findings and what was decided of them, document by document, to print or download; `?translation=`
 * keeps one kind of translation. Rendered per request: decisions change at any time.
 */
export default async function LibraryReportPage({ searchParams }: Props) {
  const query = await searchParams;
  const translation = parseTranslationKind(query.translation);
  if (query.translation && !translation) notFound();
  const script = await chosenScript(query.script);
  const report = await getLibraryReport(
    await libraryIndex(),
    await chosenGlossarySource(query.glossary),
    script,
    translation,
    pageOf(query.page),
  );
  if (!report) notFound();
  const lang = zhLangTag(script);
  const filter = translation ? `?translation=${translation}` : '';
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (translation) params.set('translation', translation);
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return search ? `/checklist?${search}` : '/checklist';
  };
  const documents = (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`;
  return (
    <article>
      <h1 className="text-2xl font-semibold">
        Review report{translation && `: ${TRANSLATIONS_LABEL[translation]}`}
        {report.pages > 1 && `, page ${report.page} of ${report.pages}`}
      </h1>
      <p className="mt-2 max-w-prose text-sm text-stone-700 dark:text-stone-300" data-report-counts="">
        {report.open} open {report.open === 1 ? 'finding' : 'findings'} and {report.decided} decided in{' '}
        {report.computed ? `this page's ${documents(report.documentCount)}` : documents(report.documentCount)}
        {translation ? ` whose English is a ${TRANSLATION_LABEL[translation]}` : ''}, worst first within each
        {report.computed ? ': the notes follow your glossary, so they are found again for this page’s documents only.' : '.'}{' '}
        {report.pages > 1 &&
          `This page shows ${documents(report.documents.length)} of them, ${REPORT_PAGE_SIZE} at most; printing it prints this page only, and the CSV holds every page.`}
      </p>
      <form method="get" action="/checklist" className="mt-3 flex flex-wrap items-end gap-3 text-sm print:hidden">
        <div className="grid gap-1">
          <label htmlFor="report-translation" className="font-medium">
            Translation
          </label>
          <select
            id="report-translation"
            name="translation"
            defaultValue={translation ?? ''}
            className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
          >
            <option value="">All kinds</option>
            {TRANSLATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {TRANSLATIONS_LABEL[kind]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1 font-medium dark:border-stone-500">
          Show
        </button>
      </form>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-sm print:hidden">
        <a href={`/checklist/report.csv${filter}`} className="underline underline-offset-2" data-report-csv="">
          Findings and decisions as CSV
        </a>
        <a href={`/exports/notes.csv${filter}`} className="underline underline-offset-2">
          Notes as CSV (project glossary)
        </a>
        <PrintButton />
      </p>
      {report.documents.map((doc) => (
        <section key={doc.slug} aria-labelledby={`doc-${doc.slug}`} className="mt-6" data-report-document={doc.slug}>
          <h2 id={`doc-${doc.slug}`} className="text-lg font-semibold">
            <Link href={checklistHref(doc.slug)} className="underline underline-offset-4">
              <span lang="en">{doc.title.en}</span>
            </Link>
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-300" data-translation-kind={doc.translation.kind}>
            {TRANSLATION_LABEL[doc.translation.kind]} · {doc.total} {doc.total === 1 ? 'finding' : 'findings'}
          </p>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  Bead
                </th>
                <th scope="col" className="pr-3">
                  Severity
                </th>
                <th scope="col" className="pr-3">
                  Kind
                </th>
                <th scope="col" className="pr-3">
                  Term
                </th>
                <th scope="col" className="pr-3">
                  Note
                </th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {doc.items.flatMap((item) =>
                item.notes.map((note) => (
                  <tr key={note.id} className="align-top" data-note-id={note.id} data-status={note.status}>
                    <td className="pr-3 tabular-nums">
                      <Link href={note.href} className="underline">
                        {note.bead}
                      </Link>
                    </td>
                    <td className="pr-3">
                      <SeverityBadge severity={item.severity} />
                    </td>
                    <td className="pr-3">{KIND_LABEL[item.kind]}</td>
                    <td lang={item.kind === 'number-mismatch' ? undefined : lang} className="pr-3">
                      {item.label}
                    </td>
                    <td className="pr-3">{note.message}</td>
                    <td>{STATUS_LABEL[note.status]}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      ))}
      {report.pages > 1 && <ReportPager page={report.page} pages={report.pages} href={pageHref} />}
    </article>
  );
}

/** Previous and next page of the report, keeping its filter. */
function ReportPager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Report pages" className="mt-4 flex gap-4 text-sm print:hidden">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className="underline underline-offset-2">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className="underline underline-offset-2">
          Next page
        </Link>
      )}
    </nav>
  );
}
