export { ARTICLES, englishWords, normalizeEnglish, STOP_WORDS, stemEnglish } from './words';
export type { EnglishWord } from './words';
export { conflateEnglish, contentStems, isContentWord, normalWords } from './conflate';
