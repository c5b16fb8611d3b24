import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AlignmentToggle } from '@/components/reader/alignment-toggle';
import { BeadRow } from '@/components/reader/bead-row';
import { BeadNavigation } from '@/components/reader/bead-navigation';
import { CopyLinks } from '@/components/reader/copy-link-button';
import { Omissions } from '@/components/reader/omissions';
import { SentencePartners } from '@/components/reader/sentence-partners';
import { DocumentHeader } from '@/components/reader/document-header';
import { PreferenceControl } from '@/components/preference-control';
import { WordPopover } from '@/components/reader/word-popover';
import { TermSummaryPanel } from '@/components/reader/term-summary';
import { checklistHref, documentReadingView, notesHref } from '@/lib/reader';
import { chosenCardsHref } from '@/lib/reader/links';
import { parseScript } from '@/lib/script';
import { indexedDocument, libraryIndex } from '@/lib/store';

// Reached through proxy.ts, which adds the script and the document's indexed version to the path: a document
// indexed anew gets a new path, rendered on its first request and then cached. Nothing is rendered at build
// time: the build does not depend on the library.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; script: string; version: string }> };

/** The view of one render, computed once for its metadata and its page (React's per-request cache). */
const readingView = cache(async (slug: string, script: string, version: string) => {
  const doc = await indexedDocument(await libraryIndex(), slug);
  // Only the version the proxy routed to is rendered: any other path is no page worth caching.
  return doc?.renderVersion === version ? documentReadingView(doc, parseScript(script)) : undefined;
});

async function viewOf(params: Props['params']) {
  const { slug, script, version } = await params;
  return readingView(slug, script, version);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await viewOf(params);
  return view ? { title: view.meta.title.en } : {};
}

export default async function ReadPage({ params }: Props) {
  const view = await viewOf(params);
  if (!view) notFound();
  const bilingual = view.kind === 'bilingual';
  return (
    <article className="relative">
      {/* The terminology summary and the controls hold many links: a keyboard reader may want the text first. */}
      <a href="#text" className="skip-link">
        Skip to the text
      </a>
      <DocumentHeader meta={view.meta} kind={view.kind} zhLang={view.zhLang} />
      {bilingual && (
        <TermSummaryPanel
          summary={view.summary}
          beadCount={view.beadCount}
          zhLang={view.zhLang}
          checklistHref={checklistHref(view.meta.slug)}
          notesHref={notesHref(view.meta.slug, view.script)}
        />
      )}
      {bilingual && <Omissions omissions={view.omissions} zhLang={view.zhLang} />}
      {bilingual && (
        <div className="mb-2 flex flex-wrap items-center gap-3 py-2">
          <PreferenceControl
            name="layout"
            legend="Layout"
            labels={{ 'side-by-side': 'Side by side', interleaved: 'Interleaved', zh: 'Chinese only', en: 'English only' }}
          />
          <p className="hidden text-xs text-stone-600 sm:block dark:text-stone-300">
            <kbd className="rounded border px-1 font-mono">j</kbd> / <kbd className="rounded border px-1 font-mono">k</kbd> next / previous
            bead · <kbd className="rounded border px-1 font-mono">t</kbd> terminology and notes
          </p>
        </div>
      )}
      {bilingual && <AlignmentToggle slug={view.meta.slug} />}
      <div id="text" data-reading-rows="">
        {view.rows.map((row) => (
          <BeadRow key={row.number} row={row} bilingual={bilingual} zhLang={view.zhLang} />
        ))}
      </div>
      <BeadNavigation />
      <CopyLinks />
      {bilingual && <SentencePartners />}
      {view.lookupHref && view.markupHref && (
        <WordPopover
          lookupHref={view.lookupHref}
          markupHref={view.markupHref}
          chosenLookupHref={chosenCardsHref(view.meta.slug, view.script)}
          zhLang={view.zhLang}
        />
      )}
    </article>
  );
}
