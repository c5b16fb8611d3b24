import type { AttestationKind } from '@/lib/glossary/types';
import type { TermSourcesView } from '@/lib/reader/terms';

const ATTESTATION_KIND_LABEL: Record<AttestationKind, string> = {
  official: 'official',
  'state-media': 'state media',
  scholarly: 'scholarly',
  other: 'other',
};

/** Where the recommendation comes from: the basis as stated, the library's documents using it, external citations. */
export function TermSources({ sources }: { sources: TermSourcesView }) {
  return (
    <div className="mt-2 space-y-2 text-sm" data-term-sources="">
      <p>
        <span className="font-medium">Basis:</span>{' '}
        {sources.unsourced ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-unsourced="">
            {sources.basis}
          </span>
        ) : (
          sources.basis
        )}
      </p>
      {sources.published.length > 0 && (
        <div>
          <p className="font-medium">
            {sources.published.length > 1 ? 'Published renderings (the sources disagree)' : 'Published rendering'}
          </p>
          <div className="mt-1 overflow-x-auto">
            <table className="w-full border-collapse text-left" data-published="">
              <thead>
                <tr className="border-b border-stone-300 dark:border-stone-600">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Rendering
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Source
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Kind
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Date
                  </th>
                </tr>
              </thead>
              <tbody>
                {sources.published.flatMap((r) =>
                  r.sources.map((a, i) => (
                    <tr key={`${r.key}-${a.url}`} className="border-b border-stone-200 align-top dark:border-stone-700">
                      <td className="py-1 pr-3" lang="en">
                        {i === 0 ? <q>{r.rendering}</q> : <span className="sr-only">{r.rendering}</span>}
                      </td>
                      <td className="py-1 pr-3">
                        <a href={a.url} className="underline underline-offset-2" rel="noopener noreferrer">
                          {a.publisher}
                        </a>
                        {a.rendering !== r.rendering && (
                          <>
                            {' '}
                            (<q>{a.rendering}</q>)
                          </>
                        )}
                      </td>
                      <td className="py-1 pr-3">{ATTESTATION_KIND_LABEL[a.kind]}</td>
                      <td className="py-1">{a.date ? <time dateTime={a.date}>{a.date}</time> : 'no date on the page'}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <p data-library-sources={sources.inLibrary ? 'yes' : 'no'}>
        <span className="font-medium">In the library:</span> {sources.inLibrary ? sources.summary : <strong>{sources.summary}</strong>}
        {!sources.inLibrary && ' — no document of the library uses the recommended rendering.'}
      </p>
      <div>
        <p className="font-medium">Published sources</p>
        {sources.citations.length === 0 ? (
          <p className="text-stone-700 dark:text-stone-300">None cited in the glossary.</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5" data-citations="">
            {sources.citations.map((c) => (
              <li key={`${c.publisher}-${c.title}-${c.date}`}>
                {c.url ? (
                  <a href={c.url} className="underline underline-offset-2" rel="noopener noreferrer">
                    {c.title}
                  </a>
                ) : (
                  c.title
                )}
                , {c.publisher}, <time dateTime={c.date}>{c.date}</time>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
