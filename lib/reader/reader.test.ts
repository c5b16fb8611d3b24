import { describe, expect, it } from 'vitest';
import { getDocument } from '../corpus';
import { getCorpusOccurrences } from '../terms';
import { getBeads, getReadingView } from './index';

const SLUG = 'qiushi-2024-14-cyber-law';

describe('getReadingView', () => {
  const doc = getDocument(SLUG)!;
  const view = getReadingView(SLUG)!;

  it('shows every paragraph once, in bead order, with its text intact', () => {
    const beads = getBeads(doc);
    expect(view.rows).toHaveLength(beads.length);
    const zh = view.rows.flatMap((row) => row.zh.map((runs) => runs.map((r) => r.text).join('')));
    const en = view.rows.flatMap((row) => row.en.map((runs) => runs.map((r) => r.text).join('')));
    expect(zh).toEqual(doc.zh);
    expect(en).toEqual(doc.en);
  });

  it('links each rendered term occurrence to a run of the English in the same bead', () => {
    const rendered = getCorpusOccurrences().filter((o) => o.slug === SLUG && o.rendering !== null);
    expect(rendered.length).toBeGreaterThan(100);
    for (const row of view.rows) {
      const ids = row.zh.flatMap((runs) => runs.flatMap((r) => (r.occurrence ? [r.occurrence] : [])));
      const renders = new Set(row.en.flatMap((runs) => runs.flatMap((r) => r.renders ?? [])));
      for (const id of ids) {
        const [bead] = id.split('.');
        expect(Number(bead)).toBe(row.number - 1);
      }
      for (const id of renders) expect(ids).toContain(id);
    }
    const linked = view.rows.reduce((n, row) => n + row.en.flatMap((runs) => runs.flatMap((r) => r.renders ?? [])).length, 0);
    expect(linked).toBe(rendered.length);
  });

  it('gives one look-up card per distinct word, and shows Traditional word by word', () => {
    const words = new Set(view.rows.flatMap((row) => row.zh.flatMap((runs) => runs.filter((r) => r.card !== undefined).map((r) => r.card))));
    expect(words.size).toBe(view.cards.length);
    const tw = getReadingView(SLUG, 'hant-tw')!;
    expect(tw.zhLang).toBe('zh-Hant-TW');
    expect(tw.meta.title.zh).toBe('以網絡法治高質量發展服務保障網絡強國建設');
    const first = tw.rows.flatMap((row) => row.zh.flat()).find((r) => r.card !== undefined && view.cards[r.card]?.simplified === '网络强国');
    expect(first?.text).toBe('網絡強國');
  });
});
