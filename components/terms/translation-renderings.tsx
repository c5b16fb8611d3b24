import type { TranslationRenderings } from '@/lib/reader/terms';
import { TRANSLATIONS_LABEL } from '@/lib/reader/translation';

/** How the official translations and each other kind render a term, one row a kind: different evidence, kept apart. */
export function TranslationRenderingsTable({ rows }: { rows: readonly TranslationRenderings[] }) {
  return (
    <table className="mt-2 text-sm" data-translation-renderings="">
      <thead>
        <tr className="text-left">
          <th scope="col" className="pr-4">
            Translation
          </th>
          <th scope="col" className="pr-4">
            Uses
          </th>
          <th scope="col">Renderings</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kind} data-translation-kind={row.kind} className="align-top">
            <th scope="row" className="pr-4 text-left font-medium">
              {TRANSLATIONS_LABEL[row.kind]}
            </th>
            <td className="pr-4 tabular-nums">{row.total}</td>
            <td>
              {row.total === 0 ? (
                <span className="text-stone-600 dark:text-stone-300">none in the library</span>
              ) : (
                <>
                  {row.renderings.map((r, i) => (
                    <span key={r.text}>
                      {i > 0 && '; '}
                      <span lang="en">{r.text}</span> ×{r.count}
                    </span>
                  ))}
                  {row.notFound > 0 && (
                    <span className="italic text-stone-600 dark:text-stone-300">
                      {row.renderings.length > 0 && '; '}not found ×{row.notFound}
                    </span>
                  )}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
