export interface DictEntry {
  simplified: string;
  traditional: string;
  /** Tone marks, syllables of a word joined and words spaced: "zhòngyào", "Xí Jìnpíng". */
  pinyin: string;
  /** Up to MAX_SENSES CC-CEDICT senses; empty for words CC-CEDICT lacks. */
  senses: string[];
  source: 'cc-cedict' | 'pinyin-pro';
}
