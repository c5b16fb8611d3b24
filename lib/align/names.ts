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

/**
 * Toneless pinyin of a run of Chinese characters. The sentence aligner asks again for the runs the paragraph aligner
 * saw (sentence ends are punctuation, so runs are the same), hence a cache, emptied when it grows large.
 */
const syllableCache = new Map<string, string[]>();
const SYLLABLE_CACHE_SIZE = 20_000;

function syllablesOf(run: string): string[] {
  let syllables = syllableCache.get(run);
  if (syllables === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }) as string[];
    syllableCache.set(run, syllables);
  }
  return syllables;
}

/** The spellings among `wanted` that 2–4 adjacent Chinese characters of the text spell in pinyin ("menrui"). */
function pinyinWindows(text: string, wanted: ReadonlySet<string>): Set<string> {
  const windows = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    if (run.length < MIN_NAME_CHARS) continue;
    const syllables = syllablesOf(run);
    for (let start = 0; start < syllables.length; start += 1) {
      let spelled = '';
      for (let end = start; end < Math.min(syllables.length, start + MAX_NAME_CHARS); end += 1) {
        spelled += syllables[end]!;
        if (end - start + 1 >= MIN_NAME_CHARS && wanted.has(spelled)) windows.add(spelled);
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
  // Each English paragraph's runs of capitalised words, and every spelling a run's first one to three words give.
  const enRuns = en.map((text) => {
    const words = text.match(WORD) ?? [];
    return words.map((_, k) => {
      const spellings: string[] = [];
      let joined = '';
      for (let n = 0; n < MAX_NAME_WORDS && k + n < words.length && /^\p{Lu}/u.test(words[k + n]!); n += 1) {
        joined += spelling(words[k + n]!);
        spellings.push(joined);
      }
      return spellings;
    });
  });
  const candidates = new Set(enRuns.flat(2));
  const zhWindows = zh.map((text) => pinyinWindows(text, candidates));
  const spelled = new Set<string>();
  for (const windows of zhWindows) for (const w of windows) spelled.add(w);
  // From each word, the longest run that some Chinese paragraph spells; the words it covers start no other.
  const enKeys = enRuns.map((runs) => {
    const found = new Set<string>();
    for (let k = 0; k < runs.length;) {
      const spellings = runs[k]!;
      let longest = 0;
      spellings.forEach((candidate, n) => {
        if (spelled.has(candidate)) longest = n + 1;
      });
      if (longest > 0) found.add(spellings[longest - 1]!);
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
