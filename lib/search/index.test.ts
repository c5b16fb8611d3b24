import { beforeAll, describe, expect, it } from 'vitest';
import { corpusIndex } from '../../tests/unit/corpus-index';
import { searchSource } from '../store';
import {
  countHits,
  detectQueryKind,
  groupHitsByDocument,
  isQueryTooLong,
  MAX_QUERY_LENGTH,
  searchBeads,
  type SearchHit,
  type SearchOptions,
  type SearchSource,
} from './index';

/** A bead of the corpus index, as search sees it. */
interface IndexedBead {
  slug: string;
  bead: number;
  zh: string;
  en: string;
}

let beads: IndexedBead[];
let source: SearchSource;

beforeAll(async () => {
  const index = await corpusIndex();
  source = searchSource(index);
  const rows = await index.db
    .selectFrom('beads')
    .innerJoin('documents', 'documents.id', 'beads.document_id')
    .select(['documents.slug', 'beads.idx', 'beads.zh_text', 'beads.en_text'])
    .execute();
  beads = rows.map((r) => ({ slug: r.slug, bead: r.idx, zh: r.zh_text, en: r.en_text }));
});

const search = (query: string, options?: SearchOptions) => searchBeads(source, query, options);
const textOf = (hit: SearchHit) => hit;
const zhMarked = (hit: SearchHit) => hit.zhSpans.map(({ start, end }) => hit.zh.slice(start, end));
const enMarked = (hit: SearchHit) => hit.enSpans.map(({ start, end }) => hit.en.slice(start, end));
const keys = (hits: readonly { slug: string; bead: number }[]) => hits.map((h) => `${h.slug}#${h.bead}`).sort();
const beadsWhere = (test: (bead: IndexedBead) => boolean) => keys(beads.filter(test));

describe('searchBeads: Chinese', () => {
  it('finds every bead holding 网络强国 and marks each occurrence', async () => {
    const hits = await search('网络强国');
    expect(hits.length).toBeGreaterThan(1);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('网络强国')));
    for (const hit of hits) {
      expect(zhMarked(hit).every((s) => s === '网络强国')).toBe(true);
      expect(hit.zhSpans).toHaveLength(textOf(hit).zh.split('网络强国').length - 1);
    }
  });

  it('reads a Traditional query as Simplified: 網絡強國 finds 网络强国', async () => {
    const traditional = await search('網絡強國');
    // Scores aside: ts_rank (float4) moves in the last digits when the query also holds the form as typed.
    const unscored = (hits: SearchHit[]) => hits.map(({ score: _, ...hit }) => hit);
    expect(unscored(traditional)).toEqual(unscored(await search('网络强国')));
    expect(traditional.every((hit) => zhMarked(hit).every((s) => s === '网络强国'))).toBe(true);
  });

  it('finds a substring that crosses word boundaries: 法治强 in 法治|强|则国|强', async () => {
    const hits = await search('法治强');
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('法治强')));
    expect(hits.map(zhMarked)).toEqual([['法治强']]);
    expect(textOf(hits[0] as SearchHit).zh).toContain('法治强则国强');
  });

  it('finds a single character', async () => {
    const hits = await search('魂', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(0);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('魂')));
  });

  it('requires every space-separated part', async () => {
    const hits = await search('自立 文化');
    expect(hits.length).toBeGreaterThan(0);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('自立') && b.zh.includes('文化')));
  });
});

describe('searchBeads: pinyin', () => {
  it.each(['wangluo qiangguo', 'wǎngluò qiángguó', 'wang3luo4 qiang2guo2', 'wangluoqiangguo', 'WangLuo QiangGuo'])(
    '%s finds exactly the beads holding 网络强国, marked',
    async (query) => {
      const hits = await search(query, { limit: 1000 });
      expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('网络强国')));
      expect(hits.every((hit) => hit.matchedAs === 'pinyin' && zhMarked(hit).every((s) => s === '网络强国'))).toBe(true);
    },
  );

  it('wang3luo4 finds the beads holding 网络', async () => {
    const hits = await search('wang3luo4', { limit: 1000 });
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('网络')));
    expect(new Set(hits.flatMap(zhMarked))).toEqual(new Set(['网络']));
  });

  it('tries each reading of an ambiguous spelling: xian is 线, 先, 现 … and xi-an', async () => {
    const marked = new Set((await search('xian', { limit: 1000 })).flatMap(zhMarked));
    expect(marked.has('线') && marked.has('先') && marked.has('现')).toBe(true);
    expect([...marked].every((s) => s.length === 1 || s.length === 2)).toBe(true);
  });
});

describe('searchBeads: English', () => {
  it('finds "cyber rule of law" and ranks the beads holding the phrase first', async () => {
    const hits = await search('cyber rule of law', { limit: 1000 });
    const exact = hits.filter((hit) => hit.exact);
    expect(exact.length).toBeGreaterThan(1);
    expect(keys(exact)).toEqual(beadsWhere((b) => /cyber rule of laws?\b/iu.test(b.en)));
    expect(hits.slice(0, exact.length).every((hit) => hit.exact)).toBe(true);
    for (const hit of exact) expect(enMarked(hit).every((s) => /^cyber rule of law$/iu.test(s))).toBe(true);
  });

  it('ignores case and plural endings', async () => {
    const lower = await search('cyber rule of law', { limit: 1000 });
    expect(await search('Cyber Rules of Laws', { limit: 1000 })).toEqual(lower);
  });

  it('marks each word where the phrase is not found whole', async () => {
    const loose = (await search('cyber rule of law', { limit: 1000 })).filter((hit) => !hit.exact);
    expect(loose.length).toBeGreaterThan(0);
    for (const hit of loose) {
      expect(new Set(enMarked(hit).map((s) => s.toLowerCase().replace(/s$/u, '')))).toEqual(new Set(['cyber', 'rule', 'of', 'law']));
    }
  });

  it('drops nothing it cannot mark and finds nothing for unknown words', async () => {
    expect(await search('zzyzx quux')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });
});

describe('searchBeads: pages', () => {
  it.each(['网络', 'cyber rule of law', 'xian', '100周年'])('%s: pages of 7 follow each other and the count is the hits', async (query) => {
    const every = await search(query, { limit: 1000 });
    const pages: SearchHit[] = [];
    for (let offset = 0; offset < every.length + 7; offset += 7) pages.push(...(await search(query, { limit: 7, offset })));
    expect(pages.map((h) => h.id)).toEqual(every.map((h) => h.id));
    expect(new Set(every.map((h) => h.id)).size).toBe(every.length);
    const { count, more } = await countHits(source, query);
    expect(more).toBe(false);
    expect(count).toBe(every.length);
  });

  it('counts no further than asked', async () => {
    const every = await search('网络', { limit: 1000 });
    expect(every.length).toBeGreaterThan(5);
    expect(await countHits(source, '网络', 5)).toEqual({ count: 5, more: true });
  });

  it('checks a part mixing Han and Latin against the text: 100周年 is found only where it stands whole, not at every 周年', async () => {
    const hits = await search('100周年', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(0);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('100周年')));
    expect(beadsWhere((b) => b.zh.includes('周年')).length).toBeGreaterThan(hits.length);
  });
});

describe('searchBeads: query length', () => {
  it('searches a query of MAX_QUERY_LENGTH characters and finds nothing for a longer one', async () => {
    const longest = `网络强国${'网'.repeat(MAX_QUERY_LENGTH - 4)}`;
    expect(isQueryTooLong(longest)).toBe(false);
    expect(isQueryTooLong(`${longest}网`)).toBe(true);
    expect((await search('网络强国 '.repeat(40))).length).toBe((await search('网络强国')).length);
    expect(await search(`网络强国 ${'网络强国'.repeat(MAX_QUERY_LENGTH / 4)}`)).toEqual([]);
  });

  it('counts characters, not UTF-16 units: 200 characters outside the BMP are one query', () => {
    expect(isQueryTooLong('𠀀'.repeat(MAX_QUERY_LENGTH))).toBe(false);
  });
});

describe('detectQueryKind', () => {
  it('reads Han as Chinese, complete pinyin as pinyin, anything else as English', () => {
    expect(
      ['網絡強國', 'wangluo', 'wǎngluò', 'wang3luo4', "xi'an", 'lüse', 'lve', 'cyber rule of law', 'law', '5G'].map(detectQueryKind),
    ).toEqual(['chinese', 'pinyin', 'pinyin', 'pinyin', 'pinyin', 'pinyin', 'pinyin', 'english', 'english', 'english']);
  });
});

describe('groupHitsByDocument', () => {
  it('keeps rank order and puts each document where its best hit is', async () => {
    const hits = await search('网络');
    const groups = groupHitsByDocument(hits);
    expect(groups.flatMap((g) => g.hits)).toHaveLength(hits.length);
    expect(groups.map((g) => g.slug)).toEqual([...new Set(hits.map((h) => h.slug))]);
    expect(groups.map((g) => g.score)).toEqual(groups.map((g) => g.hits[0]?.score));
  });
});
