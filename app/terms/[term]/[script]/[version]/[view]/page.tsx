import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { RenderingChart } from '@/components/terms/rendering-chart';
import { Concordance } from '@/components/terms/concordance';
import { TonedPinyin } from '@/components/study/toned-pinyin';
import { TonedWord } from '@/components/study/toned-word';
import { RenderingsOverTime } from '@/components/terms/renderings-over-time';
import { TermSources } from '@/components/terms/term-sources';
import { TranslationFilter } from '@/components/terms/translation-filter';
import { TranslationRenderingsTable } from '@/components/terms/translation-renderings';
import { getTermSourcesView, getTermView, getTranslationRenderings, userOnlyEntry } from '@/lib/reader/terms';
import { parseTranslationKind, TRANSLATIONS_LABEL } from '@/lib/reader/translation';
import { parseGlossarySource } from '@/lib/reader/glossary-choice';
import { chosenGlossary, isUserEntry, userGlossaryStamp } from '@/lib/reader/user-glossary';
import { libraryIndex, libraryVersion } from '@/lib/store';
import { readHref } from '@/lib/reader';
import { convertText, parseScript, type Script, zhLangTag } from '@/lib/script';
import type { GlossaryEntry } from '@/lib/glossary';

// Reached through proxy.ts, which adds the script, the library's version and the view to the path: the translation
// filter (?translation=<kind>, else "all"), and when the reader's glossary choice is an uploaded glossary, that
// choice and the upload's stamp ("all.both.<stamp>"). A term page gathers the whole library, so after any change,
// or a new upload, it gets a new path, rendered on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ term: string; script: string; version: string; view: string }> };

/** The view of one render, computed once for its metadata and its page (React's per-request cache). */
const termView = cache(async (term: string, script: string, version: string, segment: string) => {
  const index = await libraryIndex();
  const parsed: Script = parseScript(script);
  const [translation = '', source, stamp] = segment.split('.');
  const kind = parseTranslationKind(translation);
  const glossarySource = parseGlossarySource(source);
  const none = { view: undefined, sources: undefined, byTranslation: [], userEntry: undefined, script: parsed, kind, glossarySource };
  if ((await libraryVersion(index)) !== version || (kind === undefined && translation !== 'all')) return none;
  // Only the proxy's own paths: an uploaded glossary's choice with the stamp of the upload as it is now.
  if (source !== undefined && (glossarySource === 'project' || stamp !== userGlossaryStamp())) return none;
  const decoded = decodeURIComponent(term);
  const userEntry = source === undefined ? undefined : userOnlyEntry(decoded);
  if (userEntry) return { ...none, userEntry };
  const [view, sources, byTranslation] = await Promise.all([
    getTermView(index, decoded, parsed, kind, chosenGlossary(glossarySource)),
    getTermSourcesView(index, decoded, kind),
    getTranslationRenderings(index, decoded),
  ]);
  return { view, sources, byTranslation, userEntry, script: parsed, kind, glossarySource };
});

async function viewOf(params: Props['params']) {
  const { term, script, version, view } = await params;
  return termView(term, script, version, view);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view, userEntry } = await viewOf(params);
  const entry = userEntry ?? view?.entry;
  return entry ? { title: `${entry.term} ${entry.recommended}` } : {};
}

export default async function TermPage({ params }: Props) {
  const { view, sources, byTranslation, userEntry, script, kind, glossarySource } = await viewOf(params);
  if (userEntry) return <UserTermPage entry={userEntry} script={script} />;
  if (!view || !sources) notFound();
  const fromUpload = glossarySource !== 'project' && isUserEntry(view.entry);
  const { entry, groups, englishOnly, suggestions, total } = view;
  const lang = zhLangTag(script);
  return (
    <article>
      <p className="text-sm">
        <Link href="/terms" className="underline underline-offset-4">
          All terms
        </Link>
      </p>
      <header className="mt-2 border-b border-stone-200 pb-4 dark:border-stone-700">
        <h1 className="flex flex-wrap items-baseline gap-x-3">
          <span lang={lang} className="text-zh text-3xl font-semibold">
            <TonedWord word={convertText(entry.term, script)} pinyin={entry.pinyin} />
          </span>
          <TonedPinyin pinyin={entry.pinyin} className="text-lg text-stone-700 dark:text-stone-200" />
        </h1>
        <p className="mt-2" data-entry-source={fromUpload ? 'user' : 'project'}>
          Recommended{fromUpload && ' by your glossary'}: <strong lang="en">{entry.recommended}</strong>
          {fromUpload && (
            <span className="ml-2 text-sm text-stone-600 dark:text-stone-300">
              (
              <Link href="/glossary" className="underline underline-offset-2">
                {entry.basis}
              </Link>
              )
            </span>
          )}
        </p>
        {entry.variants.length > 0 && (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Known variants: <span lang="en">{entry.variants.join('; ')}</span>
          </p>
        )}
        {entry.note && <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{entry.note}</p>}
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
          {total} occurrences in the bilingual documents{kind && ` that are ${TRANSLATIONS_LABEL[kind]}`} · category: {entry.category}
        </p>
        <TranslationFilter term={entry.term} current={kind} counts={byTranslation} />
      </header>

      {!kind && (
        <section aria-labelledby="by-translation" className="mt-6">
          <h2 id="by-translation" className="text-lg font-semibold">
            Official and other translations
          </h2>
          <TranslationRenderingsTable rows={byTranslation} />
        </section>
      )}

      <section aria-labelledby="sources" className="mt-6">
        <h2 id="sources" className="text-lg font-semibold">
          Where the recommendation comes from
        </h2>
        <TermSources sources={sources} />
      </section>

      <section aria-labelledby="over-time" className="mt-8">
        <h2 id="over-time" className="text-lg font-semibold">
          Renderings over time
        </h2>
        <RenderingsOverTime sources={sources} />
      </section>

      <section aria-labelledby="renderings" className="mt-8">
        <h2 id="renderings" className="text-lg font-semibold">
          Renderings across the corpus
        </h2>
        <RenderingChart
          groups={groups.map((g) => ({ label: g.rendering ?? 'not found in the English', count: g.count, missing: g.rendering === null }))}
        />
      </section>

      <section aria-labelledby="concordance" className="mt-8">
        <h2 id="concordance" className="text-lg font-semibold">
          Concordance
        </h2>
        <Concordance groups={groups} zhLang={lang} />
      </section>

      <section aria-labelledby="english-only" className="mt-8">
        <h2 id="english-only" className="text-lg font-semibold">
          Evidence from English-only documents
        </h2>
        {englishOnly.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">No known rendering occurs in the English-only documents.</p>
        ) : (
          <ul className="mt-2 space-y-2" data-english-only="">
            {englishOnly.map((e, i) => (
              <li key={i} lang="en" className="text-en text-sm">
                {e.left}
                <mark className="rounded bg-emerald-100 px-0.5 text-inherit dark:bg-emerald-900">{e.match}</mark>
                {e.right}{' '}
                <Link href={e.href} className="text-xs text-stone-600 underline dark:text-stone-300">
                  {e.title}, ¶{e.paragraph + 1}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="suggestions" className="mt-8">
        <h2 id="suggestions" className="text-lg font-semibold">
          Possible unlisted renderings
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
          English phrases that co-occur with this term across aligned beads (Dice coefficient). Suggestions only: the glossary is not
          changed.
        </p>
        {suggestions.length === 0 ? (
          <p className="mt-2 text-sm">None.</p>
        ) : (
          <table className="mt-2 text-sm" data-suggestions="">
            <thead>
              <tr className="text-left">
                <th scope="col" className="pr-4">
                  Phrase
                </th>
                <th scope="col" className="pr-4">
                  Dice
                </th>
                <th scope="col" className="pr-4">
                  Beads with term
                </th>
                <th scope="col" className="pr-4">
                  Beads with both
                </th>
                <th scope="col">Example</th>
              </tr>
            </thead>
            <tbody>
              {suggestions.map((s) => (
                <tr key={s.ngram}>
                  <td lang="en" className="pr-4">
                    {s.ngram}
                  </td>
                  <td className="pr-4 tabular-nums">{s.dice.toFixed(2)}</td>
                  <td className="pr-4 tabular-nums">{s.beadsWith}</td>
                  <td className="pr-4 tabular-nums">{s.beadsBoth}</td>
                  <td>
                    {s.examples[0] && (
                      <Link
                        href={readHref(s.examples[0].slug, s.examples[0].bead + 1)}
                        className="inline-flex min-h-6 items-center underline"
                      >
                        bead {s.examples[0].bead + 1}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

/**
 * The page of a term only the uploaded glossary holds: its entry, and plainly that the library has not been checked
 * for it, since the index holds the project glossary's terms alone; the notes CSV under the upload checks every
 * document for it now.
 */
function UserTermPage({ entry, script }: { entry: GlossaryEntry; script: Script }) {
  const lang = zhLangTag(script);
  return (
    <article>
      <p className="text-sm">
        <Link href="/glossary" className="underline underline-offset-4">
          Your glossary
        </Link>
      </p>
      <header className="mt-2 border-b border-stone-200 pb-4 dark:border-stone-700">
        <h1 className="flex flex-wrap items-baseline gap-x-3">
          <span lang={lang} className="text-zh text-3xl font-semibold">
            <TonedWord word={convertText(entry.term, script)} pinyin={entry.pinyin} />
          </span>
          <TonedPinyin pinyin={entry.pinyin} className="text-lg text-stone-700 dark:text-stone-200" />
        </h1>
        <p className="mt-2" data-entry-source="user">
          Recommended by your glossary: <strong lang="en">{entry.recommended}</strong>
          <span className="ml-2 text-sm text-stone-600 dark:text-stone-300">
            (
            <Link href="/glossary" className="underline underline-offset-2">
              {entry.basis}
            </Link>
            )
          </span>
        </p>
        {entry.variants.length > 0 && (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Known variants: <span lang="en">{entry.variants.join('; ')}</span>
          </p>
        )}
        {entry.note && <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{entry.note}</p>}
      </header>
      <section aria-labelledby="not-checked" className="mt-6 max-w-prose" data-not-checked="">
        <h2 id="not-checked" className="text-lg font-semibold">
          Not checked across the library yet
        </h2>
        <p className="mt-2">
          Only your glossary has this term, and the library index is built with the project glossary alone, so it holds no occurrence of it:
          no chart, concordance, sources or renderings over time here. A reading page and its checklist find the term again when you open
          them with your glossary chosen; to check every document for it now, download{' '}
          <a href="/api/glossary/notes.csv?source=user" className="underline underline-offset-2">
            the notes under your glossary as CSV
          </a>
          .
        </p>
      </section>
    </article>
  );
}
