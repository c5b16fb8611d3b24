import { describe, expect, it } from 'vitest';
import { characterTones, pinyinPieces } from './tones';

const syllables = (pinyin: string) => pinyinPieces(pinyin).map((p) => (p.tone === null ? `[${p.text}]` : `${p.text}${p.tone}`));

describe('pinyinPieces', () => {
  it('splits joined syllables of a word and a phrase, separators kept', () => {
    expect(syllables('wǎngluò qiángguó')).toEqual(['wǎng3', 'luò4', '[ ]', 'qiáng2', 'guó2']);
  });

  it('reads n and ng before a vowel as the next initial, and the apostrophe as a separator', () => {
    expect(syllables('fāngān')).toEqual(['fān1', 'gān1']);
    expect(syllables("Xī'ān")).toEqual(['Xī1', "[']", 'ān1']);
    expect(syllables('jīqìrén')).toEqual(['jī1', 'qì4', 'rén2']);
  });

  it('gives a syllable without a mark the neutral tone, and keeps erhua in its syllable', () => {
    expect(syllables('de')).toEqual(['de5']);
    expect(syllables('yīhuìr')).toEqual(['yī1', 'huìr4']);
    expect(syllables('zhōngguó de')).toEqual(['zhōng1', 'guó2', '[ ]', 'de5']);
  });

  it('always joins back into its input', () => {
    for (const text of ['wǎngluò', "Xī'ān", 'AI 123', 'Xí Jìnpíng', ''])
      expect(
        pinyinPieces(text)
          .map((p) => p.text)
          .join(''),
      ).toBe(text);
  });
});

describe('characterTones', () => {
  it('pairs each character with its syllable tone', () => {
    expect(characterTones('网络强国', 'wǎngluò qiángguó')).toEqual([3, 4, 2, 2]);
  });

  it('is null when characters and syllables do not pair up', () => {
    expect(characterTones('一会儿', 'yīhuìr')).toBeNull();
  });
});
