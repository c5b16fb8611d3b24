import Link from 'next/link';
import type { TermSourcesView } from '@/lib/reader/terms';

/** Colours of up to six renderings, each with 4.5:1 or more against white and the dark background; the legend names them. */
const PALETTE = ['#0f766e', '#b45309', '#7c3aed', '#be123c', '#1d4ed8', '#4d7c0f'];
const colourOf = (i: number) => PALETTE[i % PALETTE.length] ?? '#57534e';
/** Bead links shown per cell; the rest are counted, the concordance below has them all. */
const MAX_LINKS = 6;
const KIND_LABEL = { bilingual: 'bilingual', 'english-only': 'English only', 'chinese-only': 'Chinese only' } as const;

/**
 * For each document in date order, which renderings it uses and how often: a stacked bar chart (each
 * segment numbered as in the legend, so colour is not needed to read it) and the same numbers as a
 * table with links to the beads. The chart is hidden from assistive technology: the table says it all.
 */
export function RenderingsOverTime({ sources }: { sources: TermSourcesView }) {
  const { renderings, documents, periods } = sources;
  if (documents.length === 0) return <p className="mt-2 text-sm">No document of the library holds this term.</p>;
  const bars = periods
    ? periods.map((p) => ({ key: p.period, date: p.period, label: `${p.documents} documents`, counts: p.counts, notFound: p.notFound }))
    : documents.map((d) => ({ key: d.slug, date: d.date, label: d.publisher, counts: d.counts, notFound: d.notFound }));
  const max = Math.max(1, ...bars.map((d) => d.counts.reduce((a, b) => a + b, 0) + d.notFound));
  return (
    <div className="mt-3 space-y-4" data-renderings-over-time="">
      <figure>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true" data-legend="">
          {renderings.map((r, i) => (
            <li key={r.text} className="inline-flex items-center gap-1">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: colourOf(i) }} />
              <span className="tabular-nums">{i + 1}</span> <span lang="en">{r.text}</span>
              {r.recommended && <span className="text-xs">(recommended)</span>}
            </li>
          ))}
          <li className="inline-flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm border border-current" /> not found
          </li>
        </ul>
        <div className="mt-2 space-y-1.5" aria-hidden="true" data-chart="">
          {bars.map((d) => (
            <div key={d.key} className="grid grid-cols-[7rem_minmax(0,1fr)] items-center gap-2 text-xs sm:grid-cols-[14rem_minmax(0,1fr)]">
              <span className="truncate" title={`${d.label}, ${d.date}`}>
                <time dateTime={d.date}>{d.date}</time> <span className="hidden sm:inline">{d.label}</span>
              </span>
              <span className="flex h-5">
                {d.counts.map((count, i) =>
                  count === 0 ? null : (
                    <span
                      key={i}
                      className="flex items-center justify-center overflow-hidden font-semibold text-white"
                      style={{ width: `${(count / max) * 100}%`, background: colourOf(i) }}
                    >
                      {i + 1}
                    </span>
                  ),
                )}
                {d.notFound > 0 && <span className="border border-current" style={{ width: `${(d.notFound / max) * 100}%` }} />}
              </span>
            </div>
          ))}
        </div>
        <figcaption className="mt-1 text-xs text-stone-600 dark:text-stone-300">
          Bars: renderings per {periods ? `${periodUnit(periods)} (${documents.length} documents)` : 'document'}, oldest first; segments
          numbered as in the legend. The table gives the numbers.
        </figcaption>
      </figure>
      {periods ? <PeriodTable sources={sources} periods={periods} /> : <DocumentTable sources={sources} />}
    </div>
  );
}

const periodUnit = (periods: NonNullable<TermSourcesView['periods']>) => (periods[0]?.period.length === 4 ? 'year' : 'month');

/** The counts per month or year: a library too large for one row per document. */
function PeriodTable({ sources, periods }: { sources: TermSourcesView; periods: NonNullable<TermSourcesView['periods']> }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="over-time-caption">
      <table className="w-full border-collapse text-sm" data-over-time-table="" data-by-period="">
        <caption id="over-time-caption" className="text-left text-sm font-medium">
          Renderings per {periodUnit(periods)}, in date order (the concordance below links to the beads)
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-left align-bottom dark:border-stone-600">
            <th scope="col" className="py-1 pr-3">
              Period
            </th>
            <th scope="col" className="py-1 pr-3">
              Documents
            </th>
            <RenderingHeadings sources={sources} />
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.period} className="border-b border-stone-200 dark:border-stone-700">
              <th scope="row" className="py-1 pr-3 text-left font-normal tabular-nums">
                <time dateTime={p.period}>{p.period}</time>
              </th>
              <td className="py-1 pr-3 tabular-nums">{p.documents}</td>
              {p.counts.map((count, i) => (
                <td key={i} className="py-1 pr-3 tabular-nums">
                  {count}
                </td>
              ))}
              <td className="py-1 tabular-nums">{p.notFound}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RenderingHeadings({ sources }: { sources: TermSourcesView }) {
  return (
    <>
      {sources.renderings.map((r, i) => (
        <th key={r.text} scope="col" className="py-1 pr-3">
          <span className="tabular-nums">{i + 1}.</span> <span lang="en">{r.text}</span>
          {r.recommended && <span className="block text-xs font-normal">recommended</span>}
        </th>
      ))}
      <th scope="col" className="py-1">
        Not found
      </th>
    </>
  );
}

/** One row per document, with links to its beads. */
function DocumentTable({ sources }: { sources: TermSourcesView }) {
  const { documents } = sources;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="over-time-caption">
      <table className="w-full border-collapse text-sm" data-over-time-table="">
        <caption id="over-time-caption" className="text-left text-sm font-medium">
          Renderings per document, in date order
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-left align-bottom dark:border-stone-600">
            <th scope="col" className="py-1 pr-3">
              Date
            </th>
            <th scope="col" className="py-1 pr-3">
              Document
            </th>
            <RenderingHeadings sources={sources} />
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.slug} className="border-b border-stone-200 align-top dark:border-stone-700" data-document={d.slug}>
              <td className="py-1 pr-3 tabular-nums">
                <time dateTime={d.date}>{d.date}</time>
              </td>
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                <Link href={d.href} className="underline underline-offset-2" lang="en">
                  {d.title}
                </Link>
                <span className="block text-xs text-stone-600 dark:text-stone-300">
                  {d.publisher} · {KIND_LABEL[d.kind]}
                </span>
              </th>
              {d.counts.map((count, i) => (
                <td key={i} className="py-1 pr-3">
                  <span className="tabular-nums">{count}</span>
                  {count > 0 && (
                    <span className="block text-xs">
                      {d.links[i]?.slice(0, MAX_LINKS).map((link, j) => (
                        <span key={link.href}>
                          {j > 0 && ', '}
                          <a href={link.href} className="underline underline-offset-2">
                            {link.label}
                          </a>
                        </span>
                      ))}
                      {(d.links[i]?.length ?? 0) > MAX_LINKS && ` and ${(d.links[i]?.length ?? 0) - MAX_LINKS} more`}
                    </span>
                  )}
                </td>
              ))}
              <td className="py-1 tabular-nums">{d.notFound}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
