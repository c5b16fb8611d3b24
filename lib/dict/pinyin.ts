/** Tone-marked vowels by plain vowel, for tones 1 to 4. */
const TONE_MARKS: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

const NEUTRAL_TONE = 5;
/** A numbered syllable: letters (with CC-CEDICT's `u:` or `v` for ü) and a tone digit 1–5. */
const NUMBERED_SYLLABLE = /^([a-zA-Z:üÜ]+)([1-5])$/;
/** Syllables starting with these take an apostrophe inside a word (Xī'ān). */
const APOSTROPHE_BEFORE = /^[aeoāáǎàēéěèōóǒò]/i;
const ERHUA = 'r';

function withUmlaut(letters: string): string {
  return letters.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
}

/** Which vowel carries the mark: a or e if present, o in "ou", else the last vowel. */
function markIndex(lower: string): number {
  const aOrE = lower.search(/[ae]/);
  if (aOrE >= 0) return aOrE;
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) {
    if ('iouü'.includes(lower.charAt(i))) return i;
  }
  return -1;
}

/** One numbered syllable ("zhong4", "lu:4", "Xi2") with its tone mark; anything else unchanged. */
export function markSyllable(syllable: string): string {
  const match = NUMBERED_SYLLABLE.exec(syllable);
  if (!match) return syllable;
  const letters = withUmlaut(match[1] ?? '');
  const tone = Number(match[2]);
  if (tone === NEUTRAL_TONE) return letters;
  const lower = letters.toLowerCase();
  const at = markIndex(lower);
  const marks = TONE_MARKS[lower.charAt(at)];
  if (at < 0 || !marks) return letters;
  const marked = marks.charAt(tone - 1);
  const cased = letters.charAt(at) === lower.charAt(at) ? marked : marked.toUpperCase();
  return letters.slice(0, at) + cased + letters.slice(at + 1);
}

/**
 * Converts CC-CEDICT's numbered pinyin ("zhong4 yao4", "Xi2 Jin4 ping2", "yi1 dian3 r5")
 * to tone marks written as usual: syllables of a word joined ("zhòngyào"), a new word at
 * each capitalised syllable ("Xí Jìnpíng"), erhua attached ("yīdiǎnr"), and an apostrophe
 * before a syllable starting with a, e or o inside a word ("Xī'ān").
 */
export function toneMarks(numbered: string): string {
  const words: string[] = [];
  let previousWasSyllable = false;
  for (const part of numbered.trim().split(/\s+/)) {
    if (part === '') continue;
    const isSyllable = NUMBERED_SYLLABLE.test(part);
    const syllable = markSyllable(part);
    const last = words.length - 1;
    if (last >= 0 && previousWasSyllable && isSyllable && syllable.toLowerCase() === ERHUA) {
      words[last] += syllable;
    } else if (last >= 0 && previousWasSyllable && isSyllable && !/^[A-Z]/.test(part)) {
      words[last] += (APOSTROPHE_BEFORE.test(syllable) ? "'" : '') + syllable;
    } else {
      words.push(syllable);
    }
    previousWasSyllable = isSyllable;
  }
  return words.join(' ');
}
