import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BeadRow } from '@/components/reader/bead-row';
import { BeadNavigation } from '@/components/reader/bead-navigation';
import { DocumentHeader } from '@/components/reader/document-header';
import { PreferenceControl } from '@/components/preference-control';
import { getReadingView, getSlugs } from '@/lib/reader';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = getReadingView((await params).slug);
  return view ? { title: view.meta.title.en } : {};
}

export default async function ReadPage({ params }: Props) {
  const view = getReadingView((await params).slug);
  if (!view) notFound();
  const bilingual = view.kind === 'bilingual';
  return (
    <article>
      <DocumentHeader meta={view.meta} kind={view.kind} />
      {bilingual && (
        <div className="sticky top-12 z-20 -mx-2 mb-2 flex flex-wrap items-center gap-3 bg-stone-50/95 px-2 py-2 dark:bg-stone-900/95">
          <PreferenceControl
            name="layout"
            legend="Layout"
            labels={{ 'side-by-side': 'Side by side', interleaved: 'Interleaved', zh: 'Chinese only', en: 'English only' }}
          />
          <p className="text-xs text-stone-600 dark:text-stone-300">
            <kbd className="rounded border px-1 font-mono">j</kbd> / <kbd className="rounded border px-1 font-mono">k</kbd> next / previous bead
          </p>
        </div>
      )}
      <div>
        {view.rows.map((row) => (
          <BeadRow key={row.number} row={row} bilingual={bilingual} />
        ))}
      </div>
      <BeadNavigation />
    </article>
  );
}
