import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGlossaryEntry, getGlossary, GLOSSARY_FILE, loadGlossaryFrom, UNSOURCED_BASIS } from './index';

const MIN_ENTRIES = 80;

function writeTemp(json: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'glossary-')), 'glossary.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('glossary', () => {
  it('validates and holds at least 80 entries', () => {
    expect(loadGlossaryFrom(GLOSSARY_FILE).length).toBeGreaterThanOrEqual(MIN_ENTRIES);
  });
  it('covers the recurring terms of the bilingual documents', () => {
    const terms = [
      '网络强国',
      '网络大国',
      '网络法治',
      '依法治网',
      '网络空间',
      '网信',
      '中国特色社会主义',
      '中国式现代化',
      '自信自立',
      '独立自主',
      '四个自信',
      '习近平新时代中国特色社会主义思想',
      '求是',
      '中央网络安全和信息化委员会',
      '中央网络安全和信息化委员会办公室',
      '国务院新闻办公室',
      '习近平',
    ];
    expect(terms.filter((term) => !findGlossaryEntry(term))).toEqual([]);
  });
  it('finds an entry by term', () => {
    expect(findGlossaryEntry('网络强国')).toMatchObject({ pinyin: 'wǎngluò qiángguó', recommended: 'cyberpower', category: 'policy' });
    expect(findGlossaryEntry('网络法治')?.variants).toContain('cyber rule of law');
    expect(findGlossaryEntry('不存在')).toBeUndefined();
  });
  it('loads once per process', () => {
    expect(getGlossary()).toBe(getGlossary());
  });
  it('names the file, entry and field of a broken entry', () => {
    const [first, second] = getGlossary();
    const file = writeTemp([first, { ...second, category: 'slogan' }]);
    expect(() => loadGlossaryFrom(file)).toThrow(`${file}: entry 1 ("网络大国"), field "category": `);
  });
  it('rejects unknown fields and repeated terms', () => {
    const [first] = getGlossary();
    expect(() => loadGlossaryFrom(writeTemp([{ ...first, source: 'x' }]))).toThrow(/entry 0 \("网络强国"\): Unrecognized key: "source"/);
    expect(() => loadGlossaryFrom(writeTemp([first, first]))).toThrow(/entry 1 \("网络强国"\), field "term": repeats entry 0/);
  });
  it('validates citations, naming entry and field', () => {
    const [first] = getGlossary();
    const citation = { title: 'A white paper', publisher: 'State Council Information Office', date: '2023-03' };
    expect(loadGlossaryFrom(writeTemp([{ ...first, citations: [citation] }]))[0]?.citations).toEqual([citation]);
    expect(() => loadGlossaryFrom(writeTemp([{ ...first, citations: [{ ...citation, date: 'March 2023' }] }]))).toThrow(
      /entry 0 \("网络强国"\), field "citations\.0\.date": must be YYYY, YYYY-MM or YYYY-MM-DD$/,
    );
    expect(() => loadGlossaryFrom(writeTemp([{ ...first, citations: [{ ...citation, url: 'ftp://example.org/x' }] }]))).toThrow(
      /field "citations\.0\.url"/,
    );
    expect(() => loadGlossaryFrom(writeTemp([{ ...first, citations: [{ title: 'x', date: '2023' }] }]))).toThrow(
      /field "citations\.0\.publisher"/,
    );
    expect(() => loadGlossaryFrom(writeTemp([{ ...first, citations: [] }]))).toThrow(
      /field "citations": leave the field out rather than empty/,
    );
  });
  it('claims no source it does not name: a basis is "unsourced", "corpus majority" or a source with its citation', () => {
    const claims = getGlossary().filter((e) => e.basis !== UNSOURCED_BASIS && e.basis !== 'corpus majority' && !e.citations);
    expect(claims.map((e) => e.term)).toEqual([]);
  });
});
