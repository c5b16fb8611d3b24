import type { ReactNode } from 'react';
import type { EnParagraph, ReadingRow, ZhParagraph } from '@/lib/reader/types';
import { TermNotes } from './term-notes';

export interface BeadRowProps {
  row: ReadingRow;
  bilingual: boolean;
  /** Language tag of the Chinese as shown (zh-Hans, zh-Hant-TW, zh-Hant-HK). */
  zhLang: string;
}

/** Chinese paragraph: plain text with compact word boundaries; the pop-up leaf makes the words focusable. */
function ZhParagraphText({ paragraph, lang }: { paragraph: ZhParagraph; lang: string }) {
  return (
    <p
      lang={lang}
      className="text-zh"
      data-p={paragraph.index}
      data-words={paragraph.words}
      data-terms={paragraph.terms || undefined}
      data-sentences={paragraph.sentences.spans || undefined}
      data-alone={paragraph.sentences.alone || undefined}
    >
      {paragraph.text}
    </p>
  );
}

/** English paragraph: plain text; the spans that render terms are marked up in the browser. */
function EnParagraphText({ paragraph }: { paragraph: EnParagraph }) {
  return (
    <p
      lang="en"
      className="text-en"
      data-renderings={paragraph.renders || undefined}
      data-sentences={paragraph.sentences.spans || undefined}
      data-alone={paragraph.sentences.alone || undefined}
    >
      {paragraph.text}
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
  paragraphs: ZhParagraph[] | EnParagraph[];
  children?: ReactNode;
}) {
  return (
    <div className={lang === 'zh' ? 'bead-cell bead-zh' : 'bead-cell bead-en'} data-side={lang}>
      {children}
      {paragraphs.length === 0 ? (
        <p className="text-sm italic text-stone-600 dark:text-stone-300">No counterpart in the {lang === 'zh' ? 'Chinese' : 'English'}</p>
      ) : lang === 'zh' ? (
        (paragraphs as ZhParagraph[]).map((paragraph) => <ZhParagraphText key={paragraph.index} paragraph={paragraph} lang={zhLang} />)
      ) : (
        (paragraphs as EnParagraph[]).map((paragraph) => <EnParagraphText key={paragraph.index} paragraph={paragraph} />)
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
      className={bilingual ? 'bead' : 'bead bead-single'}
      data-bead={row.number}
      data-confidence={row.confidence?.toFixed(2)}
      data-has-notes={row.notes.length > 0 ? '' : undefined}
    >
      <div className="bead-meta">
        <a href={`#${id}`} className="bead-link" aria-label={`Permalink to bead ${row.number}`}>
          {row.number}
        </a>
        <button type="button" data-copy-link={id} className="copy-link" aria-label={`Copy link to bead ${row.number}`}>
          <span aria-live="polite">Link</span>
        </button>
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
