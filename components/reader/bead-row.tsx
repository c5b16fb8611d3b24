import type { ReactNode } from 'react';
import type { EnRun, ReadingRow, ZhRun } from '@/lib/reader/types';
import { cn } from '@/lib/ui/cn';
import { CopyLinkButton } from './copy-link-button';
import { TermNotes } from './term-notes';

export interface BeadRowProps {
  row: ReadingRow;
  bilingual: boolean;
  /** Language tag of the Chinese as shown (zh-Hans, zh-Hant-TW, zh-Hant-HK). */
  zhLang: string;
}

/** Chinese paragraph: words are focusable spans (one tab stop per paragraph, arrows move within). */
function ZhParagraph({ runs, lang }: { runs: ZhRun[]; lang: string }) {
  const firstWord = runs.findIndex((run) => run.card !== undefined);
  return (
    <p lang={lang} className="text-zh whitespace-pre-line [&+&]:mt-3">
      {runs.map((run, i) =>
        run.card === undefined ? (
          run.text
        ) : (
          <span
            key={i}
            role="button"
            // Roving focus: only the first word is a tab stop; the arrow keys make the others focusable.
            tabIndex={i === firstWord ? 0 : undefined}
            aria-haspopup="dialog"
            data-card={run.card}
            data-py={run.pinyin}
            data-occurrence={run.occurrence}
          >
            {run.text}
          </span>
        ),
      )}
    </p>
  );
}

function EnParagraph({ runs }: { runs: EnRun[] }) {
  return (
    <p lang="en" className="text-en whitespace-pre-line [&+&]:mt-3">
      {runs.map((run, i) =>
        run.renders ? (
          <span key={i} data-renders={run.renders.join(' ')} className="rendering">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </p>
  );
}

function Cell({
  lang,
  zhLang,
  paragraphs,
  children,
}: {
  lang: 'zh' | 'en';
  zhLang: string;
  paragraphs: ZhRun[][] | EnRun[][];
  children?: ReactNode;
}) {
  return (
    <div className={cn('bead-cell rounded px-3 py-2 transition-colors', lang === 'zh' ? 'bead-zh' : 'bead-en')} data-side={lang}>
      {children}
      {paragraphs.length === 0 ? (
        <p className="text-sm italic text-stone-600 dark:text-stone-300">No counterpart in the {lang === 'zh' ? 'Chinese' : 'English'}</p>
      ) : lang === 'zh' ? (
        (paragraphs as ZhRun[][]).map((runs, i) => <ZhParagraph key={i} runs={runs} lang={zhLang} />)
      ) : (
        (paragraphs as EnRun[][]).map((runs, i) => <EnParagraph key={i} runs={runs} />)
      )}
    </div>
  );
}

/** One aligned bead: its number and permalink, then the Chinese and English cells. */
export function BeadRow({ row, bilingual, zhLang }: BeadRowProps) {
  const id = `b${row.number}`;
  return (
    <section
      id={id}
      aria-label={`Bead ${row.number}`}
      tabIndex={-1}
      className={cn('bead border-b border-stone-200 py-3 outline-none dark:border-stone-800', !bilingual && 'bead-single')}
      data-bead={row.number}
      data-confidence={row.confidence ?? undefined}
      data-has-notes={row.notes.length > 0 ? '' : undefined}
    >
      <div className="bead-meta flex flex-col items-start gap-1 pt-2 text-xs text-stone-600 dark:text-stone-300">
        <a
          href={`#${id}`}
          className="inline-flex min-h-6 min-w-6 items-center font-mono underline-offset-2 hover:underline"
          aria-label={`Permalink to bead ${row.number}`}
        >
          {row.number}
        </a>
        <CopyLinkButton anchor={id} />
      </div>
      {bilingual ? (
        <>
          <Cell lang="zh" zhLang={zhLang} paragraphs={row.zh} />
          <Cell lang="en" zhLang={zhLang} paragraphs={row.en}>
            <TermNotes notes={row.notes} zhLang={zhLang} />
          </Cell>
        </>
      ) : row.zh.length > 0 ? (
        <Cell lang="zh" zhLang={zhLang} paragraphs={row.zh} />
      ) : (
        <Cell lang="en" zhLang={zhLang} paragraphs={row.en} />
      )}
    </section>
  );
}
