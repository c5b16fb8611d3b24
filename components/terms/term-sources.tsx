import type { TermSourcesView } from '@/lib/reader/terms';

/** Where the recommendation comes from: the basis as stated, the library's documents using it, external citations. */
export function TermSources({ sources }: { sources: TermSourcesView }) {
  return (
    <div className="mt-2 space-y-2 text-sm" data-term-sources="">
      <p>
        <span className="font-medium">Basis:</span>{' '}
        {sources.unsourced ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-unsourced="">
            unsourced — nobody has traced this recommendation to a published source
          </span>
        ) : (
          sources.basis
        )}
      </p>
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
