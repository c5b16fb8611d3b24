import { TRANSLATION_KINDS, type TranslationKind } from '../corpus/types';

/** How each kind of translation is named to a reader. */
export const TRANSLATION_LABEL: Record<TranslationKind, string> = {
  official: 'official translation',
  publisher: 'publisher’s translation',
  professional: 'professional translation',
  machine: 'machine translation',
  unknown: 'translation of unknown kind',
};

/** The same, of several documents. */
export const TRANSLATIONS_LABEL: Record<TranslationKind, string> = {
  official: 'official translations',
  publisher: 'publishers’ translations',
  professional: 'professional translations',
  machine: 'machine translations',
  unknown: 'translations of unknown kind',
};

/** A translation kind from an untrusted value (a URL parameter); undefined for none or anything else, meaning every kind. */
export function parseTranslationKind(value: unknown): TranslationKind | undefined {
  return TRANSLATION_KINDS.find((kind) => kind === value);
}
