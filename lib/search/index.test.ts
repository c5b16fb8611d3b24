import { beforeAll, describe, expect, it } from 'vitest';
import { getCorpus } from '../corpus';
import { segmentParagraph } from '../segment';
import {
  buildSearchIndex,
  detectQueryKind,
  groupHitsByDocument,
  isQueryTooLong,
  loadSearchIndex,
  MAX_QUERY_LENGTH,
  searchBeads,
  serializeSearchIndex,
  type SearchBead,
  type SearchHit,
  type SearchIndex,
} from './index';

/** Beads of the real corpus, paragraphs paired by index (the aligner is not in yet), with segmented words. */
function corpusBeads(): SearchBead[] {
  return getCorpus().flatMap((doc) => {
    const count = Math.max(doc.zh?.length ?? 0, doc.en?.length ?? 0);
    return Array.from({ length: count }, (_, bead): SearchBead => {
      const zh = doc.zh?.[bead] ?? '';
      return {
        slug: doc.meta.slug,
        bead,
        zh,
        en: doc.en?.[bead] ?? '',
        zhWords: segmentParagraph(zh).map((token) => token.text),
      };
    });
  });
}

let beads: SearchBead[];
let index: SearchIndex;

beforeAll(() => {
  beads = corpusBeads();
  index = buildSearchIndex(beads);
});

const textOf = (hit: SearchHit) => {
  const bead = beads.find((b) => b.slug === hit.slug && b.bead === hit.bead);
  if (!bead) throw new Error(`no bead ${hit.slug}#${hit.bead}`);
  return bead;
};
const zhMarked = (hit: SearchHit) => hit.zhSpans.map(({ start, end }) => textOf(hit).zh.slice(start, end));
const enMarked = (hit: SearchHit) => hit.enSpans.map(({ start, end }) => textOf(hit).en.slice(start, end));
const keys = (hits: readonly { slug: string; bead: number }[]) => hits.map((h) => `${h.slug}#${h.bead}`).sort();
const beadsWhere = (test: (bead: SearchBead) => boolean) => keys(beads.filter(test));

describe('searchBeads: Chinese', () => {
  it('finds every bead holding 网络强国 and marks each occurrence', () => {
    const hits = searchBeads(index, '网络强国');
    expect(hits.length).toBeGreaterThan(1);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('网络强国')));
    for (const hit of hits) {
      expect(zhMarked(hit).every((s) => s === '网络强国')).toBe(true);
      expect(hit.zhSpans).toHaveLength(textOf(hit).zh.split('网络强国').length - 1);
    }
  });

  it('reads a Traditional query as Simplified: 網絡強國 finds 网络强国', () => {
    const traditional = searchBeads(index, '網絡強國');
    expect(traditional).toEqual(searchBeads(index, '网络强国'));
    expect(traditional.every((hit) => zhMarked(hit).every((s) => s === '网络强国'))).toBe(true);
  });

  it('finds a substring that crosses word boundaries: 法治强 in 法治|强|则国|强', () => {
    const hits = searchBeads(index, '法治强');
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('法治强')));
    expect(hits.map(zhMarked)).toEqual([['法治强']]);
    expect(textOf(hits[0] as SearchHit).zh).toContain('法治强则国强');
  });

  it('finds a single character', () => {
    const hits = searchBeads(index, '魂', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(0);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('魂')));
  });

  it('requires every space-separated part', () => {
    const hits = searchBeads(index, '自立 文化');
    expect(hits.length).toBeGreaterThan(0);
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('自立') && b.zh.includes('文化')));
  });
});

describe('searchBeads: pinyin', () => {
  it.each(['wangluo qiangguo', 'wǎngluò qiángguó', 'wang3luo4 qiang2guo2', 'wangluoqiangguo', 'WangLuo QiangGuo'])(
    '%s finds exactly the beads holding 网络强国, marked',
    (query) => {
      const hits = searchBeads(index, query, { limit: 1000 });
      expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('网络强国')));
      expect(hits.every((hit) => hit.matchedAs === 'pinyin' && zhMarked(hit).every((s) => s === '网络强国'))).toBe(true);
    },
  );

  it('wang3luo4 finds the beads holding 网络', () => {
    const hits = searchBeads(index, 'wang3luo4', { limit: 1000 });
    expect(keys(hits)).toEqual(beadsWhere((b) => b.zh.includes('网络')));
    expect(new Set(hits.flatMap(zhMarked))).toEqual(new Set(['网络']));
  });

  it('tries each reading of an ambiguous spelling: xian is 线, 先, 现 … and xi-an', () => {
    const marked = new Set(searchBeads(index, 'xian', { limit: 1000 }).flatMap(zhMarked));
    expect(marked.has('线') && marked.has('先') && marked.has('现')).toBe(true);
    expect([...marked].every((s) => s.length === 1 || s.length === 2)).toBe(true);
  });
});

describe('searchBeads: English', () => {
  it('finds "cyber rule of law" and ranks the beads holding the phrase first', () => {
    const hits = searchBeads(index, 'cyber rule of law', { limit: 1000 });
    const exact = hits.filter((hit) => hit.exact);
    expect(exact.length).toBeGreaterThan(1);
    expect(keys(exact)).toEqual(beadsWhere((b) => /cyber rule of laws?\b/iu.test(b.en)));
    expect(hits.slice(0, exact.length).every((hit) => hit.exact)).toBe(true);
    for (const hit of exact) expect(enMarked(hit).every((s) => /^cyber rule of law$/iu.test(s))).toBe(true);
  });

  it('ignores case and plural endings', () => {
    const lower = searchBeads(index, 'cyber rule of law', { limit: 1000 });
    expect(searchBeads(index, 'Cyber Rules of Laws', { limit: 1000 })).toEqual(lower);
  });

  it('marks each word where the phrase is not found whole', () => {
    const loose = searchBeads(index, 'cyber rule of law', { limit: 1000 }).filter((hit) => !hit.exact);
    expect(loose.length).toBeGreaterThan(0);
    for (const hit of loose) {
      expect(new Set(enMarked(hit).map((s) => s.toLowerCase().replace(/s$/u, '')))).toEqual(new Set(['cyber', 'rule', 'of', 'law']));
    }
  });

  it('drops nothing it cannot mark and finds nothing for unknown words', () => {
    expect(searchBeads(index, 'zzyzx quux')).toEqual([]);
    expect(searchBeads(index, '   ')).toEqual([]);
  });
});

describe('searchBeads: query length', () => {
  it('searches a query of MAX_QUERY_LENGTH characters and finds nothing for a longer one', () => {
    const longest = `网络强国${'网'.repeat(MAX_QUERY_LENGTH - 4)}`;
    expect(isQueryTooLong(longest)).toBe(false);
    expect(isQueryTooLong(`${longest}网`)).toBe(true);
    expect(searchBeads(index, '网络强国 '.repeat(40)).length).toBe(searchBeads(index, '网络强国').length);
    expect(searchBeads(index, `网络强国 ${'网络强国'.repeat(MAX_QUERY_LENGTH / 4)}`)).toEqual([]);
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
  it('keeps rank order and puts each document where its best hit is', () => {
    const hits = searchBeads(index, '网络');
    const groups = groupHitsByDocument(hits);
    expect(groups.flatMap((g) => g.hits)).toHaveLength(hits.length);
    expect(groups.map((g) => g.slug)).toEqual([...new Set(hits.map((h) => h.slug))]);
    expect(groups.map((g) => g.score)).toEqual(groups.map((g) => g.hits[0]?.score));
  });
});

describe('serializeSearchIndex / loadSearchIndex', () => {
  it('round-trips to the same results', () => {
    const loaded = loadSearchIndex(serializeSearchIndex(index));
    for (const query of ['网络强国', '網絡強國', '法治强', 'wangluo qiangguo', 'xian', 'cyber rule of law', 'China']) {
      expect(searchBeads(loaded, query), query).toEqual(searchBeads(index, query));
    }
  });

  it('refuses JSON that is not an index', () => {
    expect(() => loadSearchIndex('{"format":"other"}')).toThrow(/not a search index \(format/u);
  });
});
