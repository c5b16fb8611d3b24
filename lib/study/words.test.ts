import { describe, expect, it } from 'vitest';
import { addWord, parseWords, removeWord, toAnkiTsv, toWordsCsv, type SavedWord } from './words';

const word: SavedWord = {
  word: '网络强国',
  pinyin: 'wǎngluò qiángguó',
  gloss: 'cyberpower',
  zh: '建设网络强国，\t必须坚持党的领导。',
  en: 'To build China into a cyberpower, "we must" uphold the Party’s leadership.',
  href: '/read/qiushi-2024-14-cyber-law#b3',
  saved: '2026-11-23T10:00:00.000Z',
};

describe('saved words', () => {
  it('survive a round trip through storage and drop malformed entries', () => {
    const stored = JSON.stringify([word, { word: 'x' }, 3]);
    expect(parseWords(stored)).toEqual([word]);
    expect(parseWords('not json')).toEqual([]);
    expect(parseWords(null)).toEqual([]);
  });

  it('keep one entry per word and sentence, newest first', () => {
    const other = { ...word, word: '法治', zh: '法治' };
    const list = addWord(addWord(addWord([], word), other), { ...word, saved: 'later' });
    expect(list.map((w) => w.word)).toEqual(['网络强国', '法治']);
    expect(list[0]!.saved).toBe('later');
    expect(removeWord(list, word).map((w) => w.word)).toEqual(['法治']);
  });

  it('export as Anki TSV: header lines, one tab-separated line per word, tabs in text made spaces', () => {
    const tsv = toAnkiTsv([word], 'http://localhost:3000');
    const lines = tsv.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
    expect(lines[3]!.split('\t')).toEqual([
      '网络强国',
      'wǎngluò qiángguó',
      'cyberpower',
      '建设网络强国， 必须坚持党的领导。',
      word.en,
      'http://localhost:3000/read/qiushi-2024-14-cyber-law#b3',
    ]);
  });

  it('export as CSV with quotes doubled', () => {
    const csv = toWordsCsv([word]);
    expect(csv.split('\r\n')[0]).toBe('word,pinyin,gloss,sentence_zh,sentence_en,link,saved');
    expect(csv).toContain('"To build China into a cyberpower, ""we must"" uphold the Party’s leadership."');
  });
});
