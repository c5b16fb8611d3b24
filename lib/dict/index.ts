export { lookupWord, MAX_SENSES } from './lookup';
export { buildLexicon, sensePhrases } from './lexicon';
export { toneMarks } from './pinyin';
export { CEDICT_DATA_FILE } from './cedict';
export type { DictEntry } from './types';
