import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments } from '../../tests/unit/corpus-index';
import { getGlossary } from '../glossary';
import { checkTermIntegrity, segmentParagraph, segmentParagraphs, type Token } from './index';
import { boundedChunks, MAX_SEGMENTATIONS } from './segmenter';

const noCache = { cacheDir: null };
const paragraphs = corpusDocuments().flatMap((doc) => doc.zh ?? []);
const words = (tokens: readonly Token[]) => tokens.filter((token) => token.kind === 'word').map((token) => token.text);

describe('segmentParagraph', () => {
  it('keeps names and glossary terms whole', () => {
    expect(words(segmentParagraph('2024年是习近平总书记提出网络强国战略目标10周年', noCache))).toEqual([
      '年',
      '是',
      '习近平',
      '总书记',
      '提出',
      '网络强国',
      '战略目标',
      '周年',
    ]);
    expect(words(segmentParagraph('在纪念毛泽东同志诞辰120周年座谈会上', noCache))).toContain('毛泽东');
    expect(words(segmentParagraph('世界互联网大会乌镇峰会', noCache))).toEqual(['世界互联网大会', '乌镇峰会']);
  });
  it('cuts 法治兴则国兴 by the dictionary, not into a run of unknown characters', () => {
    expect(words(segmentParagraph('法治兴则国兴,法治强则国强。', noCache))).toEqual([
      '法治',
      '兴',
      '则',
      '国',
      '兴',
      '法治',
      '强',
      '则',
      '国',
      '强',
    ]);
  });
  it('types punctuation, numbers, Latin letters and white space', () => {
    expect(segmentParagraph('高一(1)班 e法治\n9.6万', noCache)).toEqual([
      { text: '高一', kind: 'word' },
      { text: '(', kind: 'punct' },
      { text: '1', kind: 'number' },
      { text: ')', kind: 'punct' },
      { text: '班', kind: 'word' },
      { text: ' ', kind: 'space' },
      { text: 'e', kind: 'latin' },
      { text: '法治', kind: 'word' },
      { text: '\n', kind: 'space' },
      { text: '9.6', kind: 'number' },
      { text: '万', kind: 'word' },
    ]);
  });
  it('returns no tokens for an empty paragraph', () => {
    expect(segmentParagraph('', noCache)).toEqual([]);
  });
  it('re-joins to the input for every corpus paragraph', () => {
    const mismatched = paragraphs.filter(
      (text) =>
        segmentParagraph(text, noCache)
          .map((token) => token.text)
          .join('') !== text,
    );
    expect(mismatched).toEqual([]);
  });
  it('keeps every glossary term whole wherever it occurs in the corpus', () => {
    const segmented = segmentParagraphs(paragraphs, noCache);
    const integrity = checkTermIntegrity(
      paragraphs,
      segmented,
      getGlossary().map((entry) => entry.term),
    );
    expect(integrity.failures).toEqual([]);
    expect(integrity.whole).toBe(integrity.occurrences);
    expect(integrity.occurrences).toBeGreaterThan(0);
  });
});

describe('segment cache', () => {
  it('stores a paragraph by content hash and serves it back unchanged', () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'segment-cache-'));
    const text = paragraphs[4] ?? '';
    const first = segmentParagraph(text, { cacheDir });
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(segmentParagraph(text, { cacheDir })).toEqual(first);
    expect(readdirSync(cacheDir)).toEqual(files);
    expect(existsSync(path.join(cacheDir, files[0] ?? ''))).toBe(true);
  });
});

describe('checkTermIntegrity', () => {
  it('reports a term cut in two and a term another term took characters from', () => {
    const text = '网络强国中国特色社会主义道路自信';
    const tokens: Token[] = ['网络', '强国', '中国特色社会主义', '道路自信'].map((word) => ({ text: word, kind: 'word' }));
    const integrity = checkTermIntegrity([text], [tokens], ['网络强国', '中国特色社会主义', '中国特色社会主义道路', '道路自信']);
    expect(integrity).toEqual({
      occurrences: 3,
      whole: 2,
      failures: [{ term: '网络强国', paragraph: 0, offset: 0, tokens: '网络|强国' }],
      contested: [{ term: '中国特色社会主义道路', paragraph: 0, offset: 4, tokens: '中国特色社会主义|道路自信' }],
    });
  });
});

describe('extra terms', () => {
  // A real paragraph of the cyber-law essay, where the project dictionary cuts 网络执法 in two.
  const paragraph =
    corpusDocuments()
      .find((doc) => doc.meta.slug === 'qiushi-2024-14-cyber-law')
      ?.zh?.find((p) => p.includes('网络执法')) ?? '';
  it('keeps a term of a user glossary whole, and the tokens still join to the paragraph', () => {
    expect(words(segmentParagraph(paragraph, noCache))).not.toContain('网络执法');
    const tokens = segmentParagraph(paragraph, { ...noCache, extraTerms: ['网络执法', '未成年人网络保护'] });
    expect(words(tokens).filter((w) => w === '网络执法').length).toBe(paragraph.split('网络执法').length - 1);
    expect(tokens.map((t) => t.text).join('')).toBe(paragraph);
  });
  it('cuts tokens at the edges of an extra term, longest term first, leaving a longer glossary term whole', () => {
    const text = '加强数据治理能力和数字治理,构建网络空间命运共同体。';
    const tokens = segmentParagraph(text, { ...noCache, extraTerms: ['数字治理', '治理能力和数', '命运共同体'] });
    expect(words(tokens)).toEqual(['加强', '数据', '治理能力和数', '字', '治理', '构建', '网络空间命运共同体']);
  });
  it('applies extra terms after the cache, so the cached entry stays the dictionary segmentation', () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'segment-cache-'));
    const withTerm = segmentParagraph(paragraph, { cacheDir, extraTerms: ['网络执法'] });
    expect(words(withTerm)).toContain('网络执法');
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(words(segmentParagraph(paragraph, { cacheDir }))).not.toContain('网络执法');
    expect(words(segmentParagraph(paragraph, { cacheDir, extraTerms: ['网络执法'] }))).toEqual(words(withTerm));
  });
});

describe('segmentit bounded', () => {
  const placed = (w: string, c: number) => ({ w, c, f: 1 });

  it('weighs the same ways of cutting a stretch, in the same order, as segmentit would', () => {
    // "法治法": 法|治|法, 法|治法, 法治|法.
    const wordpos = { 0: [placed('法', 0), placed('法治', 0)], 1: [placed('治', 1), placed('治法', 1)], 2: [placed('法', 2)] };
    expect(boundedChunks(wordpos, 0).map((way) => way.map((word) => word.w).join('|'))).toEqual(['法|治|法', '法|治法', '法治|法']);
  });

  it('stops at MAX_SEGMENTATIONS ways of a run that has exponentially many, each covering the run', () => {
    const run = '法治'.repeat(30);
    const wordpos: Record<number, ReturnType<typeof placed>[]> = {};
    for (let c = 0; c < run.length; c++) {
      const pair = run.slice(c, c + 2);
      wordpos[c] = [placed(run.charAt(c), c), ...(pair.length === 2 ? [placed(pair, c)] : [])];
    }
    const ways = boundedChunks(wordpos, 0);
    expect(ways).toHaveLength(MAX_SEGMENTATIONS);
    for (const way of ways) expect(way.map((word) => word.w).join('')).toBe(run);
  });

  it('cuts a long run of overlapping words, and a long sentence without punctuation, keeping their text', () => {
    // Both held segmentit for minutes before the bound.
    const sentence =
      '中华人民共和国网络安全法是为了保障网络安全维护网络空间主权和国家安全社会公共利益保护公民法人和其他组织的合法权益促进经济社会信息化健康发展制定';
    for (const text of ['法治'.repeat(1250), sentence]) expect(words(segmentParagraph(text, noCache)).join('')).toBe(text);
  });
});
