import type { ReactNode } from 'react';
import type { EnParagraph, ReadingRow, ZhParagraph } from '@/lib/reader/types';
import { OriginMarker } from './origin-marker';
import { TermNotes } from './term-notes';

export interface BeadRowProps {
  row: ReadingRow;
  bilingual: boolean;
  /** Language tag of the Chinese as shown (zh-Hans, zh-Hant-TW, zh-Hant-HK). */
  zhLang: string;
}

/**
 * A paragraph as plain text. On a page with Chinese its markup (words, term occurrences, renderings,
 * sentences) is fetched by the pop-up leaf, which finds the paragraph by its index (data-p) and builds
 * the elements; an English-only page has nothing to mark up.
 */
function ParagraphText({ paragraph, lang, marked }: { paragraph: ZhParagraph | EnParagraph; lang: string; marked: boolean }) {
  return (
    <p lang={lang} className={lang === 'en' ? 'text-en' : 'text-zh'} data-p={marked ? paragraph.index : undefined}>
      {paragraph.text}
    </p>
  );
}

function Cell({
  lang,
  zhLang,
  paragraphs,
  marked,
  children,
}: {
  lang: 'zh' | 'en';
  zhLang: string;
  paragraphs: ZhParagraph[] | EnParagraph[];
  marked: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={lang === 'zh' ? 'bead-cell bead-zh' : 'bead-cell bead-en'} data-side={lang}>
      {children}
      {paragraphs.length === 0 ? (
        <p className="text-sm italic text-stone-600 dark:text-stone-300">No counterpart in the {lang === 'zh' ? 'Chinese' : 'English'}</p>
      ) : (
        paragraphs.map((paragraph) => (
          <ParagraphText key={paragraph.index} paragraph={paragraph} lang={lang === 'zh' ? zhLang : 'en'} marked={marked} />
        ))
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
      data-has-notes={row.notes.length > 0 ? '' : undefined}
      data-flagged={row.flagged ? '' : undefined}
      data-origin={row.origin}
    >
      <div className="bead-meta">
        <a href={`#${id}`} className="bead-link" aria-label={`Permalink to bead ${row.number}`}>
          {row.number}
        </a>
        {row.flagged && (
          <span className="alignment-marker" data-check-alignment="" title="The aligner is unsure of this row">
            check alignment
          </span>
        )}
        <OriginMarker origin={row.origin} />
      </div>
      {bilingual ? (
        <>
          <Cell lang="zh" zhLang={zhLang} paragraphs={row.zh} marked />
          <Cell lang="en" zhLang={zhLang} paragraphs={row.en} marked>
            <TermNotes notes={row.notes} zhLang={zhLang} />
          </Cell>
        </>
      ) : row.zh.length > 0 ? (
        <Cell lang="zh" zhLang={zhLang} paragraphs={row.zh} marked />
      ) : (
        <Cell lang="en" zhLang={zhLang} paragraphs={row.en} marked={false} />
      )}
    </section>
  );
}
