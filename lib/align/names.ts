import { pinyin } from 'pinyin-pro';

/**
 * Names that a translation spells in pinyin: people (门睿 Men Rui, 邱达生 Qiu Dasheng), places and firms the
 * dictionary does not list (雄安 Xiongan, 晋城 Jincheng). A capitalised English word, or a run of up to
 * MAX_NAME_WORDS of them, written together, that equals the toneless pinyin of MIN_NAME_CHARS to MAX_NAME_CHARS
 * adjacent Chinese characters of a paragraph of the other side is an anchor shared by both paragraphs.
 */
const MIN_NAME_CHARS = 2;
const MAX_NAME_CHARS = 4;
const MAX_NAME_WORDS = 3;
const NAME_KEY = 'p:';

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*/gu;

/** Toneless pinyin of every run of 2–4 adjacent Chinese characters, written together ("menrui"). */
function pinyinWindows(text: string): Set<string> {
  const windows = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    if (run.length < MIN_NAME_CHARS) continue;
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }) as string[];
    for (let start = 0; start < syllables.length; start += 1) {
      let spelled = '';
      for (let end = start; end < Math.min(syllables.length, start + MAX_NAME_CHARS); end += 1) {
        spelled += syllables[end]!;
        if (end - start + 1 >= MIN_NAME_CHARS) windows.add(spelled);
      }
    }
  }
  return windows;
}

/** A capitalised word as pinyin would spell it: lower case, no apostrophes or hyphens ("Xi'an" → "xian"), ü as v. */
function spelling(word: string): string {
  return word.toLowerCase().replace(/['’-]/gu, '').replace(/ü/gu, 'v');
}

/**
 * Name anchors of the paragraphs of both sides, as keys `p:<pinyin>`: on the English side the longest run of
 * capitalised words from each word on that some Chinese paragraph spells, on the Chinese side each such spelling
 * it holds. Each key once per paragraph.
 */
export function nameAnchors(zh: readonly string[], en: readonly string[]): { zh: string[][]; en: string[][] } {
  const zhWindows = zh.map(pinyinWindows);
  const spelled = new Set<string>();
  for (const windows of zhWindows) for (const w of windows) spelled.add(w);
  const enKeys = en.map((text) => {
    const words = text.match(WORD) ?? [];
    const found = new Set<string>();
    for (let k = 0; k < words.length;) {
      let longest = 0;
      let key = '';
      let joined = '';
      for (let n = 0; n < MAX_NAME_WORDS && k + n < words.length && /^\p{Lu}/u.test(words[k + n]!); n += 1) {
        joined += spelling(words[k + n]!);
        if (spelled.has(joined)) {
          longest = n + 1;
          key = joined;
        }
      }
      if (longest > 0) found.add(key);
      k += Math.max(1, longest);
    }
    return [...found];
  });
  const used = new Set(enKeys.flat());
  return {
    zh: zhWindows.map((windows) => [...windows].filter((w) => used.has(w)).map((w) => NAME_KEY + w)),
    en: enKeys.map((keys) => keys.map((w) => NAME_KEY + w)),
  };
}
