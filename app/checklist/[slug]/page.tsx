import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChecklistList } from '@/components/checklist/checklist-list';
import { parseChecklistFilters } from '@/components/checklist/checklist-filters';
import { PrintButton } from '@/components/checklist/print-button';
import { chosenGlossarySource } from '@/app/glossary-choice';
import { getChecklistView } from '@/lib/reader/notes';
import { checklistHref } from '@/lib/reader';
import { chosenScript } from '@/app/script-choice';
import { zhLangTag } from '@/lib/script';
import { libraryIndex } from '@/lib/store';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ glossary?: string; script?: string; severity?: string; kind?: string; review?: string }>;
};

const SOURCE_TEXT = {
  project: 'the project glossary',
  user: 'your uploaded glossary',
  both: 'your uploaded glossary over the project’s',
} as const;

async function viewOf({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const script = await chosenScript(query.script);
  const view = await getChecklistView(await libraryIndex(), decodeURIComponent(slug), await chosenGlossarySource(query.glossary), script);
  return { view, lang: zhLangTag(script), filters: parseChecklistFilters(query) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view } = await viewOf(props);
  return view ? { title: `Checklist: ${view.title.en}` } : {};
}

/** A bilingual document's notes as a checklist, under the reader's glossary choice (hence rendered per request). */
export default async function ChecklistPage(props: Props) {
  const { view, lang, filters } = await viewOf(props);
  if (!view) notFound();
  return (
    <article>
      <p className="text-sm">
        <Link href={view.readHref} className="underline underline-offset-4">
          Back to the text
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        Checklist: <span lang="en">{view.title.en}</span>
      </h1>
      {view.title.zh && (
        <p lang={lang} className="text-zh mt-1 text-lg">
          {view.title.zh}
        </p>
      )}
      <p className="mt-2 max-w-prose text-sm text-stone-700 dark:text-stone-300">
        {view.total} notes, grouped by term and kind, worst first; they follow {SOURCE_TEXT[view.source]}
        {view.source !== 'project' && !view.hasUserGlossary && ' (none is uploaded, so the project’s)'}.{' '}
        <Link href="/glossary" className="underline underline-offset-2">
          Change
        </Link>
        {' · '}
        <a href="/exports/notes.csv" className="underline underline-offset-2">
          Notes as CSV (all documents, project glossary)
        </a>
      </p>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-sm print:hidden">
        <a href={`${checklistHref(view.slug)}/report.csv`} className="underline underline-offset-2" data-report-csv="">
          Findings and decisions as CSV
        </a>
        <PrintButton />
        <Link href="/checklist" className="underline underline-offset-2">
          Review report of the whole library
        </Link>
      </p>
      <ChecklistList items={view.items} bySeverity={view.bySeverity} slug={view.slug} zhLang={lang} initialFilters={filters} />
    </article>
  );
}
