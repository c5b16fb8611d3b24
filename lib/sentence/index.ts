export { alignSentences, isShownFlag, SENTENCE_DELETION_COST, SENTENCE_MAX_GROUP, SHOW_FLAG_ABOVE } from './align';
export { splitSentences } from './split';
export type { SentenceAlignOptions } from './align';
export type { Lang, Sentence, SentenceBead } from './types';
