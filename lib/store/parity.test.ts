// The same corpus indexed on PostgreSQL and on SQLite reads back the same: documents, term statistics, export
// rows, phrase counts and search hits. Runs under `npm run test:pg` (DATABASE_URL=postgres://…).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { postgresUrl } from '../../tests/unit/temp-index';
import { openIndex, type IndexDatabase } from '../db';
import { englishWords } from '../english';
import { getGlossary } from '../glossary';
import { runSearch, SEARCH_PAGE_SIZE, type SearchResults } from '../reader/search';
import { FIELD, indexTerm } from '../search';
import { documentList, evidenceByDocument, indexedDocument, phraseFrequencies, renderingsByDocument, termCounts } from './index';

const QUERIES = [
  '网络强国',
  '法治',
  '網絡',
  'wangluo qiangguo',
  'fazhi',
  'rule of law',
  'cyberspace governance',
  'self-reliance',
  '习近平',
];

describe.skipIf(!postgresUrl())('the index on PostgreSQL and on SQLite', () => {
  let postgres: IndexDatabase;
  let sqlite: IndexDatabase;
  beforeAll(async () => {
    postgres = await openIndex({ url: inject('corpusIndexUrl'), file: '' });
    sqlite = await openIndex({ file: inject('corpusIndexFile') });
  });
  afterAll(async () => {
    await postgres.close();
    await sqlite.close();
  });
  const both = async <T>(read: (index: IndexDatabase) => Promise<T>) => [await read(postgres), await read(sqlite)] as const;

  it('hold the same documents, row for row', async () => {
    const [pgList, sqliteList] = await both(documentList);
    expect(pgList.map((d) => d.slug)).toEqual(sqliteList.map((d) => d.slug));
    expect(pgList.length).toBeGreaterThan(1);
    for (const { slug } of sqliteList) {
      const [a, b] = await both((index) => indexedDocument(index, slug));
      expect(a, slug).toEqual(b);
    }
  });

  it('count terms and renderings alike, in the same order', async () => {
    const [a, b] = await both(termCounts);
    expect([...a].sort()).toEqual([...b].sort());
    expect(await renderingsByDocument(postgres)).toEqual(await renderingsByDocument(sqlite));
    expect(await evidenceByDocument(postgres)).toEqual(await evidenceByDocument(sqlite));
  });

  it('count English phrases alike (positions kept on PostgreSQL)', async () => {
    const phrases = getGlossary().map((entry) => englishWords(entry.recommended).map((w) => indexTerm(FIELD.en, w.stem)));
    const [a, b] = await both((index) => phraseFrequencies(index, phrases));
    expect(a).toEqual(b);
    expect(a.filter((n) => n > 0).length).toBeGreaterThan(5);
  });

  it('find the same beads for Chinese, pinyin and English queries', async () => {
    for (const query of QUERIES) {
      const [a, b] = await both((index) => runSearch(index, query, 'hans'));
      expect(a.total, query).toBe(b.total);
      expect(a.total, query).toBeGreaterThan(0);
      // When more beads match than a search shows, which fill it is up to each database's ranking (BM25 or
      // ts_rank); below that limit the hits must be the same.
      const hits = (r: SearchResults) => r.documents.flatMap((d) => d.hits.map((h) => h.href)).sort();
      if (b.total <= SEARCH_PAGE_SIZE) expect(hits(a), query).toEqual(hits(b));
    }
  });
});
