import { describe, expect, it } from 'vitest';
import { englishWords, normalizeEnglish, STOP_WORDS, stemEnglish } from './index';

/** Words as they stand in the corpus, with the normal form and stem every module compares them by. */
const TABLE: ReadonlyArray<[written: string, norm: string, stem: string]> = [
  ['rules', 'rules', 'rule'],
  ['Internet', 'internet', 'internet'],
  ['countries', 'countries', 'country'],
  ['policies', 'policies', 'policy'],
  ['exchanges', 'exchanges', 'exchange'],
  ['businesses', 'businesses', 'business'],
  ['boxes', 'boxes', 'box'],
  ['approaches', 'approaches', 'approach'],
  ['process', 'process', 'process'],
  ['status', 'status', 'status'],
  ['analysis', 'analysis', 'analysis'],
  ['series', 'series', 'sery'],
  ['this', 'this', 'this'],
  ['its', 'its', 'its'],
  ['us', 'us', 'us'],
  ['has', 'has', 'has'],
  ['does', 'does', 'does'],
  ['Measures', 'measures', 'measure'],
  ['People', 'people', 'people'],
  ['Xí', 'xi', 'xi'],
];

describe('normalizeEnglish and stemEnglish', () => {
  it.each(TABLE)('%s → %s → %s', (written, norm, stem) => {
    expect(normalizeEnglish(written)).toBe(norm);
    expect(stemEnglish(norm)).toBe(stem);
  });

  it('keeps every stop word as it is, so the stop list holds for stems too', () => {
    for (const word of STOP_WORDS) expect(stemEnglish(word), word).toBe(word);
  });
});

describe('englishWords', () => {
  it('splits at hyphens and spaces, leaves the possessive out of the word, and gives UTF-16 offsets', () => {
    const text = "China's high-quality cyber-powers, the People’s Congress";
    const words = englishWords(text);
    expect(words.map((w) => [w.text, w.norm, w.stem])).toEqual([
      ['China', 'china', 'china'],
      ['high', 'high', 'high'],
      ['quality', 'quality', 'quality'],
      ['cyber', 'cyber', 'cyber'],
      ['powers', 'powers', 'power'],
      ['the', 'the', 'the'],
      ['People', 'people', 'people'],
      ['Congress', 'congress', 'congress'],
    ]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('reads a word with combining diacritics as one word in either Unicode form', () => {
    for (const text of ['Xí Jìnpíng', 'Xí Jìnpíng'.normalize('NFD')]) {
      expect(englishWords(text).map((w) => w.norm)).toEqual(['xi', 'jinping']);
    }
  });
});
