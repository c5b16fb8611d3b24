export { alignSentences, SENTENCE_MAX_GROUP } from './align';
export { dropSentences, parseSentenceLinks, scoreSentenceLinks, sentenceLinks } from './gold';
export { splitSentences } from './split';
export type { SentenceAlignOptions } from './align';
export type { SentenceLink } from './gold';
export type { Lang, Sentence, SentenceBead } from './types';
