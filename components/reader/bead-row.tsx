import type { ReadingRow } from '@/lib/reader';
import { cn } from '@/lib/ui/cn';
import { CopyLinkButton } from './copy-link-button';

export interface BeadRowProps {
  row: ReadingRow;
  bilingual: boolean;
}

function Cell({ lang, paragraphs }: { lang: 'zh' | 'en'; paragraphs: string[] }) {
  const label = lang === 'zh' ? 'Chinese' : 'English';
  return (
    <div
      className={cn('bead-cell rounded px-3 py-2 transition-colors', lang === 'zh' ? 'bead-zh' : 'bead-en')}
      data-side={lang}
    >
      {paragraphs.length === 0 ? (
        <p className="text-sm italic text-stone-600 dark:text-stone-300">No counterpart in the {label}</p>
      ) : (
        paragraphs.map((text, i) => (
          <p key={i} lang={lang === 'zh' ? 'zh-Hans' : 'en'} className={cn(lang === 'zh' ? 'text-zh' : 'text-en', 'whitespace-pre-line [&+&]:mt-3')}>
            {text}
          </p>
        ))
      )}
    </div>
  );
}

/** One aligned bead: its number and permalink, then the Chinese and English cells. */
export function BeadRow({ row, bilingual }: BeadRowProps) {
  const id = `b${row.number}`;
  return (
    <section
      id={id}
      aria-label={`Bead ${row.number}`}
      tabIndex={-1}
      className={cn('bead border-b border-stone-200 py-3 outline-none dark:border-stone-800', !bilingual && 'bead-single')}
      data-bead={row.number}
      data-confidence={row.confidence ?? undefined}
    >
      <div className="bead-meta flex flex-col items-start gap-1 pt-2 text-xs text-stone-600 dark:text-stone-300">
        <a href={`#${id}`} className="font-mono underline-offset-2 hover:underline" aria-label={`Permalink to bead ${row.number}`}>
          {row.number}
        </a>
        <CopyLinkButton anchor={id} />
      </div>
      {bilingual ? (
        <>
          <Cell lang="zh" paragraphs={row.zh} />
          <Cell lang="en" paragraphs={row.en} />
        </>
      ) : (
        <Cell lang={row.zh.length > 0 ? 'zh' : 'en'} paragraphs={row.zh.length > 0 ? row.zh : row.en} />
      )}
    </section>
  );
}
