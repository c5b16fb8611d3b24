import { Converter } from 'opencc-js/cn2t';
import type { Script } from './names';

export { DEFAULT_SCRIPT, SCRIPTS, parseScript, zhLangTag } from './names';
export type { Script } from './names';

type ConvertibleScript = Exclude<Script, 'hans'>;

const OPENCC_TARGET: Record<ConvertibleScript, 'tw' | 'hk'> = { 'hant-tw': 'tw', 'hant-hk': 'hk' };

/** Converters are built on first use: building one loads the phrase tables into a trie. */
const converters = new Map<ConvertibleScript, (text: string) => string>();
/** One cache per script: the reader converts word by word, and a text repeats its words often. */
const wordCaches = new Map<ConvertibleScript, Map<string, string>>();

function converterFor(script: ConvertibleScript): (text: string) => string {
  let convert = converters.get(script);
  if (!convert) {
    convert = Converter({ from: 'cn', to: OPENCC_TARGET[script] });
    converters.set(script, convert);
  }
  return convert;
}

/**
 * Converts one segmented word from Simplified into `script`. Each distinct word
 * is converted once per script and remembered; 'hans' returns the word itself.
 */
export function convertWord(word: string, script: Script): string {
  if (script === 'hans') return word;
  let cache = wordCaches.get(script);
  if (!cache) {
    cache = new Map();
    wordCaches.set(script, cache);
  }
  let converted = cache.get(word);
  if (converted === undefined) {
    converted = converterFor(script)(word);
    cache.set(word, converted);
  }
  return converted;
}

/**
 * Converts running text from Simplified into `script` in one pass, letting
 * OpenCC choose its own phrase boundaries. Not cached: texts rarely repeat.
 */
export function convertText(text: string, script: Script): string {
  return script === 'hans' ? text : converterFor(script)(text);
}

export { chineseScriptOf, toSimplified } from './simplified';
export type { ChineseScript, TraditionalStandard } from './simplified';
