import { describe, expect, it } from 'vitest';
import { corpusDocuments } from '../../tests/unit/corpus-index';
import { segmentParagraph } from '../segment';
import { convertText, convertWord, type Script } from './index';

/** Context of each character where word-by-word and whole-text conversion disagree, and both readings. */
function differences(script: Script): string[] {
  const found: string[] = [];
  for (const doc of corpusDocuments()) {
    for (const paragraph of doc.zh ?? []) {
      const words = segmentParagraph(paragraph, { cacheDir: null }).map((token) => token.text);
      const byWord = Array.from(words.map((word) => convertWord(word, script)).join(''));
      const whole = Array.from(convertText(paragraph, script));
      const source = Array.from(paragraph);
      expect(byWord.length, `${doc.meta.slug}: same length either way`).toBe(whole.length);
      byWord.forEach((char, i) => {
        if (char !== whole[i]) found.push(`${source.slice(Math.max(0, i - 2), i + 3).join('')} ${char}/${whole[i]}`);
      });
    }
  }
  return found;
}

/*
 * Converting whole paragraphs lets OpenCC's longest-phrase matching run across
 * word boundaries: 一个中国 becomes 一箇中國 (箇中 "therein"), 历史 after 年 becomes
 * 曆史 (年曆 "calendar"), 征程 after 新 becomes 徵程, 制度 after 坚定/提供 becomes 製度.
 * Converting segmented words avoids all of these; it loses only 三千里, which the
 * segmenter splits as 三千|里, so 里 gets the "inside" form 裡/裏 instead of the unit of distance.
 */
const DIFFERENCES = (inside: string) => [
  '每一个中国 個/箇',
  '我国历史传 歷/曆',
  '漫长历史进 歷/曆',
  '坚定制度自 制/製',
  `三千里”的 ${inside}/里`,
  '多年历史演 歷/曆',
  '进新征程、 征/徵',
  '设新征程中 征/徵',
  '。新征程上 征/徵',
  '提供制度保 制/製',
];

describe('word-by-word conversion of the corpus', () => {
  it('differs from whole-paragraph conversion (Taiwan) only where listed', () => {
    expect(differences('hant-tw')).toEqual(DIFFERENCES('裡'));
  });

  it('differs from whole-paragraph conversion (Hong Kong) only where listed', () => {
    expect(differences('hant-hk')).toEqual(DIFFERENCES('裏'));
  });
});
