import { describe, expect, it } from 'vitest';
import { buildLexicon, lookupWord, sensePhrases, toneMarks } from './index';

describe('toneMarks', () => {
  it('joins the syllables of a word and marks the right vowel', () => {
    expect(toneMarks('zhong4 yao4')).toBe('zhòngyào');
    expect(toneMarks('gui4 liu2 xiong2')).toBe('guìliúxióng');
  });
  it('starts a new word at each capitalised syllable and keeps erhua, ü and apostrophes', () => {
    expect(toneMarks('Xi2 Jin4 ping2')).toBe('Xí Jìnpíng');
    expect(toneMarks('yi1 dian3 r5')).toBe('yīdiǎnr');
    expect(toneMarks('nu:3 er2')).toBe("nǚ'ér");
    expect(toneMarks('de5')).toBe('de');
  });
});

describe('lookupWord', () => {
  it('finds CC-CEDICT senses offline', () => {
    expect(lookupWord('法治')).toEqual({
      simplified: '法治',
      traditional: '法治',
      pinyin: 'fǎzhì',
      senses: ['rule of law', 'to rule by law'],
      source: 'cc-cedict',
    });
  });
  it('gives the traditional form', () => {
    expect(lookupWord('网络').traditional).toBe('網絡');
  });
  it('reads polyphones as the word is read', () => {
    expect(lookupWord('重要').pinyin).toBe('zhòngyào');
    expect(lookupWord('重新').pinyin).toBe('chóngxīn');
  });
  it('gives names their capitalised pinyin', () => {
    expect(lookupWord('习近平').pinyin).toBe('Xí Jìnpíng');
  });
  it('still gives pinyin, spaced by known words, for a word missing from CC-CEDICT', () => {
    expect(lookupWord('网络强国')).toEqual({
      simplified: '网络强国',
      traditional: '網絡強國',
      pinyin: 'wǎngluò qiángguó',
      senses: [],
      source: 'pinyin-pro',
    });
    expect(lookupWord('室务会').pinyin).toBe('shìwùhuì');
  });
});

describe('sensePhrases', () => {
  it('cuts a sense into short content phrases', () => {
    expect(sensePhrases('(bound form) to walk; to go; to travel')).toEqual(['walk', 'travel']);
    expect(sensePhrases('variant of 網絡|网络[wang3 luo4]')).toEqual([]);
  });
  it('keeps the name that opens a sense describing a place or body, also without "Province"', () => {
    expect(sensePhrases('Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong')[0]).toBe('shenzhen');
    expect(sensePhrases('Hebei Province (Hopeh) in north China')).toEqual(expect.arrayContaining(['hebei province', 'hebei']));
  });
});

describe('buildLexicon', () => {
  const lexicon = buildLexicon(['法治', '发展', '的']);
  it('gives glossary terms their recommended rendering and variants', () => {
    const entry = lexicon.entries.find((candidate) => candidate.zh === '网络法治');
    expect(entry?.en).toContain('rule of law in cyberspace');
    expect(entry?.en).toContain('cyber rule of law');
  });
  it('gives the requested words their CC-CEDICT phrases, leaving out words with none usable', () => {
    expect(lexicon.entries.find((entry) => entry.zh === '法治')?.en).toEqual(['rule of law', 'rule by law']);
    expect(lexicon.entries.find((entry) => entry.zh === '发展')?.en).toEqual(['development', 'growth', 'develop', 'grow', 'expand']);
    expect(lexicon.entries.some((entry) => entry.zh === '的')).toBe(false);
  });
  it('follows a cross-reference ("see 深圳市") to the senses of the word it names', () => {
    expect(buildLexicon(['深圳']).entries.find((entry) => entry.zh === '深圳')?.en).toContain('shenzhen');
  });
  it('matches a compound CC-CEDICT lacks by its known parts', () => {
    const parts = buildLexicon(['理财产品']).entries.map((entry) => entry.zh);
    expect(parts).not.toContain('理财产品');
    expect(parts).toEqual(expect.arrayContaining(['理财', '产品']));
  });
});
