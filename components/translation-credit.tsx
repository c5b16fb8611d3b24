import { UNKNOWN_TRANSLATION, type Translation } from '@/lib/corpus/types';
import { TRANSLATION_LABEL } from '@/lib/reader/translation';

/** Whose English a document has and what kind it is. */
export function TranslationCredit({ translation }: { translation: Translation }) {
  return (
    <span data-translation-kind={translation.kind}>
      English: <strong className="font-medium">{TRANSLATION_LABEL[translation.kind]}</strong>
      {translation.by !== UNKNOWN_TRANSLATION.by && <>, by {translation.by}</>}
    </span>
  );
}
