export { alignSentences } from './align';
export { splitSentences } from './split';
export type { SentenceAlignOptions } from './align';
export type { Lang, Sentence, SentenceBead } from './types';
