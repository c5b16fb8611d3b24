import type { DocumentKind, DocumentMeta } from '@/lib/corpus';
import { TranslationCredit } from '@/components/translation-credit';

const KIND_LABEL: Record<DocumentKind, string> = {
  bilingual: 'Chinese and English',
  'english-only': 'English only',
  'chinese-only': 'Chinese only',
};

export function DocumentHeader({ meta, kind, zhLang }: { meta: DocumentMeta; kind: DocumentKind; zhLang: string }) {
  return (
    <header className="mb-4 border-b border-stone-200 pb-4 dark:border-stone-700">
      {meta.title.zh && (
        <h1 lang={zhLang} className="text-zh text-2xl font-semibold">
          {meta.title.zh}
        </h1>
      )}
      {meta.title.zh ? (
        <p lang="en" className="text-en mt-1 text-lg text-stone-700 dark:text-stone-200">
          {meta.title.en}
        </p>
      ) : (
        <h1 lang="en" className="text-en text-2xl font-semibold">
          {meta.title.en}
        </h1>
      )}
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">
        {[meta.author.en, meta.publication, meta.date, KIND_LABEL[kind]].filter(Boolean).join(' · ')}
      </p>
      {/* Who made the English stays in view; why it is judged so, and the source, are one click away: the text comes first. */}
      <div className="mt-1 text-sm text-stone-700 dark:text-stone-200" data-translation="">
        {kind !== 'chinese-only' && <TranslationCredit translation={meta.translation} />}
        <details className="text-xs text-stone-600 dark:text-stone-300">
          <summary className="cursor-pointer">
            {meta.translation.note && kind !== 'chinese-only' ? 'Source and translation' : 'Source'}
          </summary>
          {meta.translation.note && kind !== 'chinese-only' && <p className="mt-1">{meta.translation.note}</p>}
          <p className="mt-1">Source: {meta.source}</p>
        </details>
      </div>
    </header>
  );
}
