import Link from 'next/link';
import type { TranslationKind } from '@/lib/corpus/types';
import { termHref } from '@/lib/reader/links';
import type { TranslationRenderings } from '@/lib/reader/terms';
import { TRANSLATIONS_LABEL } from '@/lib/reader/translation';

/** Restricts the term page (renderings, concordance, renderings over time, suggestions) to one kind of translation. */
export function TranslationFilter({
  term,
  current,
  counts,
}: {
  term: string;
  current: TranslationKind | undefined;
  counts: readonly TranslationRenderings[];
}) {
  const all = counts.reduce((n, c) => n + c.total, 0);
  const links = [
    { key: 'all', label: 'all translations', total: all, href: termHref(term), current: current === undefined },
    ...counts.map((c) => ({
      key: c.kind,
      label: TRANSLATIONS_LABEL[c.kind],
      total: c.total,
      href: termHref(term, c.kind),
      current: current === c.kind,
    })),
  ];
  return (
    <nav aria-label="Show the renderings of" className="mt-3 text-sm" data-translation-filter="">
      <span className="mr-2 text-stone-600 dark:text-stone-300">Renderings in:</span>
      <ul className="inline-flex flex-wrap gap-x-3 gap-y-1">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.current ? 'page' : undefined}
              className="inline-flex min-h-6 items-center underline underline-offset-2 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {link.label} ({link.total})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
