import { beforeAll, describe, expect, it } from 'vitest';
import { corpusIndex, indexed } from '../../tests/unit/corpus-index';
import { heavyGate } from '../admission';
import type { IndexDatabase } from '../store';
import { runSearch, SEARCH_PAGE_SIZE, type SearchResults } from './search';

describe('runSearch', () => {
  let index: IndexDatabase;
  beforeAll(async () => {
    index = await corpusIndex();
  });

  it('shows titles, the term and the Chinese text in the reader’s script', async () => {
    const tw = await runSearch(index, '网络强国', 'hant-tw');
    expect(tw.term).toBe('网络强国');
    expect(tw.termLabel).toBe('網絡強國');
    const cyberLaw = tw.documents.find((d) => d.slug === 'qiushi-2024-14-cyber-law');
    expect(cyberLaw?.title.zh).toBe('以網絡法治高質量發展服務保障網絡強國建設');
    const matches = tw.documents.flatMap((d) =>
      d.hits.flatMap((h) => h.zh.filter((part) => part.mark === 'match').map((part) => part.text)),
    );
    expect(new Set(matches)).toEqual(new Set(['網絡強國']));
  });

  it('leaves Simplified as written', async () => {
    const hans = await runSearch(index, '网络强国', 'hans');
    expect(hans.termLabel).toBe('网络强国');
    expect(hans.documents.find((d) => d.slug === 'qiushi-2024-14-cyber-law')?.title.zh).toBe('以网络法治高质量发展服务保障网络强国建设');
  });

  it('shows the aligned sentence pair around a match instead of the whole bead', async () => {
    const results = await runSearch(index, '网络法治', 'hans');
    const doc = await indexed('qiushi-2024-14-cyber-law');
    const hit = results.documents.find((d) => d.slug === doc.meta.slug)!.hits.find((h) => h.beadNumber === 4)!;
    const zh = hit.zh.map((part) => part.text).join('');
    const en = hit.en.map((part) => part.text).join('');
    // Bead 4 has five sentences; the hit shows the one holding the first match and its partner.
    const pair = doc.sentences[3]!.find((s) => s.zh.some((x) => x.text.includes('网络法治')))!;
    expect(zh).toBe(`… ${pair.zh.map((x) => x.text).join('')} …`);
    expect(en).toContain(pair.en.map((x) => x.text).join(' '));
    expect(en.length).toBeLessThan(doc.en![3]!.length / 2);
    expect(hit.zh.some((part) => part.mark === 'match' && part.text === '网络法治')).toBe(true);
  });

  it('shows one page of SEARCH_PAGE_SIZE beads at a time, the next page going on where it stops', async () => {
    const beadsOf = (r: SearchResults) => r.documents.flatMap((d) => d.hits.map((h) => h.href));
    const first = await runSearch(index, '网络', 'hans');
    const second = await runSearch(index, '网络', 'hans', 2);
    expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE);
    expect(first.more).toBe(false);
    expect(beadsOf(first)).toHaveLength(SEARCH_PAGE_SIZE);
    expect([first.hasNextPage, second.page, second.total]).toEqual([true, 2, first.total]);
    expect(beadsOf(second).filter((href) => beadsOf(first).includes(href))).toEqual([]);
    const last = Math.ceil(first.total / SEARCH_PAGE_SIZE);
    const end = await runSearch(index, '网络', 'hans', last);
    expect([end.hasNextPage, beadsOf(end).length]).toEqual([false, first.total - (last - 1) * SEARCH_PAGE_SIZE]);
  });

  it('waits its turn behind heavy work, and says the server is busy when too many wait', async () => {
    const gate = heavyGate();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holders: Promise<void>[] = [];
    while (!gate.full) holders.push(gate.run(() => held));
    const refused = await runSearch(index, '网络强国', 'hans');
    expect(refused.busy).toEqual({ retryAfterSeconds: gate.retryAfterSeconds });
    expect(refused.total).toBe(0);
    release();
    await Promise.all(holders);
    const answered = await runSearch(index, '网络强国', 'hans');
    expect(answered.busy).toBeNull();
    expect(answered.total).toBeGreaterThan(0);
  });
});
