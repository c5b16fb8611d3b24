/** Tones of pinyin syllables: 1–4, and 5 for the neutral tone. Pure: safe to use in the browser. */
export type Tone = 1 | 2 | 3 | 4 | 5;

export interface PinyinPiece {
  text: string;
  /** null for what separates syllables (spaces, apostrophes, hyphens). */
  tone: Tone | null;
}

const NEUTRAL: Tone = 5;
/** Each tone-marked vowel, by tone (index + 1). */
const MARKED: Readonly<Record<string, string>> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };
const PLAIN = new Map<string, { vowel: string; tone: Tone }>();
for (const [vowel, marks] of Object.entries(MARKED)) {
  [...marks].forEach((mark, i) => {
    PLAIN.set(mark, { vowel, tone: (i + 1) as Tone });
    PLAIN.set(mark.toUpperCase(), { vowel: vowel.toUpperCase(), tone: (i + 1) as Tone });
  });
}

/**
 * One syllable of toneless pinyin: an optional initial, its vowels, an optional n, ng or r that is not
 * the initial of the next syllable (pinyin writes an apostrophe before a syllable starting with a vowel,
 * so n or ng before a vowel begins the next one).
 */
const SYLLABLE = /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]+(?:ng(?![aeiouüv])|n(?![aeiouüv])|r(?![aeiouüv]))?/giu;

/**
 * Splits tone-marked pinyin ("wǎngluò qiángguó", "Xī'ān", "yīhuìr") into syllables with their tones
 * and the separators between them, the text unchanged. Letters that form no syllable are kept as a
 * separator, so the pieces always join back into the input.
 */
export function pinyinPieces(pinyin: string): PinyinPiece[] {
  const chars = [...pinyin];
  const plain = chars.map((ch) => PLAIN.get(ch)?.vowel ?? ch).join('');
  // Offsets in `plain` are offsets in code points of `pinyin`: every replacement is one code point for one.
  const pieces: PinyinPiece[] = [];
  let at = 0;
  const gap = (end: number) => {
    if (end > at) pieces.push({ text: chars.slice(at, end).join(''), tone: null });
  };
  for (const match of plain.matchAll(SYLLABLE)) {
    const start = [...plain.slice(0, match.index)].length;
    const end = start + [...match[0]].length;
    gap(start);
    const syllable = chars.slice(start, end);
    const tone = syllable.map((ch) => PLAIN.get(ch)?.tone).find((t) => t !== undefined) ?? NEUTRAL;
    pieces.push({ text: syllable.join(''), tone });
    at = end;
  }
  gap(chars.length);
  return pieces;
}

/** The tone of each character of a word from its pinyin, or null when syllables and characters do not pair up (erhua, Latin letters). */
export function characterTones(word: string, pinyin: string): Tone[] | null {
  const tones = pinyinPieces(pinyin).flatMap((p) => (p.tone === null ? [] : [p.tone]));
  return tones.length === [...word].length ? tones : null;
}
