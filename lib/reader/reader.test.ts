import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDocument, corpusIndex, indexed } from '../../tests/unit/corpus-index';
import type { IndexDatabase, IndexedDocument } from '../store';
import { getLookupCards, getReadingView, type EnParagraph, type ReadingView, type ZhParagraph } from './index';
import { decodeRenderings, decodeWordBoundaries, encodeRenderings, encodeWordBoundaries } from './paragraph-markup';

const SLUG = 'qiushi-2024-14-cyber-law';

const wordsOf = (p: ZhParagraph) => decodeWordBoundaries(p.words).map((w) => p.text.slice(w.start, w.end));
const termIds = (p: ZhParagraph) =>
  p.terms
    .split(' ')
    .filter(Boolean)
    .map((word) => `${p.index}.${word}`);
const renderIds = (p: EnParagraph) => decodeRenderings(p.renders).flatMap((s) => s.ids);

describe('getReadingView', () => {
  const doc = corpusDocument(SLUG);
  let index: IndexDatabase;
  let analysis: IndexedDocument;
  let view: ReadingView;
  beforeAll(async () => {
    index = await corpusIndex();
    analysis = await indexed(SLUG);
    view = (await getReadingView(index, SLUG))!;
  });

  it('shows every paragraph once, in bead order, with its text intact', () => {
    expect(view.rows).toHaveLength(analysis.beads.length);
    const zh = view.rows.flatMap((row) => row.zh.map((p) => p.text));
    const en = view.rows.flatMap((row) => row.en.map((p) => p.text));
    expect(zh).toEqual(doc.zh);
    expect(en).toEqual(doc.en);
  });

  it('links each rendered term occurrence to a run of the English in the same bead', () => {
    const rendered = analysis.occurrences.filter((o) => o.rendering !== null);
    expect(rendered.length).toBeGreaterThan(100);
    for (const row of view.rows) {
      const ids = row.zh.flatMap(termIds);
      const renders = new Set(row.en.flatMap(renderIds));
      for (const id of renders) expect(ids).toContain(id);
    }
    const linked = view.rows.reduce((n, row) => n + row.en.flatMap(renderIds).length, 0);
    expect(linked).toBe(rendered.length);
    // Each linked span is the English the occurrence was found to render.
    const byText = new Map(rendered.map((o) => [`${o.zh.paragraph}:${o.en!.paragraph}:${o.en!.start}`, o]));
    for (const row of view.rows) {
      for (const p of row.en) {
        for (const span of decodeRenderings(p.renders)) {
          const [zhParagraph] = span.ids[0]!.split('.');
          expect(byText.get(`${zhParagraph}:${p.index}:${span.start}`)?.rendering, span.ids.join()).toBe(
            p.text.slice(span.start, span.end),
          );
        }
      }
    }
  });

  it('marks term occurrences on the word that starts them', () => {
    const paragraph = view.rows.flatMap((row) => row.zh).find((p) => p.text.includes('网络法治'))!;
    const words = wordsOf(paragraph);
    const starts = analysis.occurrences.filter((o) => o.zh.paragraph === paragraph.index).map((o) => o.zh.start);
    const marked = paragraph.terms.split(' ').map((i) => decodeWordBoundaries(paragraph.words)[Number(i)]!.start);
    expect(marked.sort((a, b) => a - b)).toEqual(starts.sort((a, b) => a - b));
    expect(words).toContain('网络法治');
  });

  it('has one look-up card for each distinct word the page shows, and shows Traditional word by word', async () => {
    const cards = (await getLookupCards(index, SLUG))!;
    const shown = new Set(view.rows.flatMap((row) => row.zh.flatMap(wordsOf)));
    expect(new Set(Object.keys(cards))).toEqual(shown);
    expect(cards['网络强国']?.glossary?.recommended).toBeTruthy();
    const tw = (await getReadingView(index, SLUG, 'hant-tw'))!;
    expect(tw.zhLang).toBe('zh-Hant-TW');
    expect(tw.meta.title.zh).toBe('以網絡法治高質量發展服務保障網絡強國建設');
    expect(tw.rows.flatMap((row) => row.zh.flatMap(wordsOf))).toContain('網絡強國');
    expect((await getLookupCards(index, SLUG, 'hant-tw'))!['網絡強國']?.simplified).toBe('网络强国');
  });
});

describe('word boundaries', () => {
  it('encode words and the text between them, merging adjacent gaps', () => {
    const encoded = encodeWordBoundaries([
      { length: 2, word: true },
      { length: 2, word: true },
      { length: 1, word: false },
      { length: 4, word: false },
      { length: 2, word: true },
    ]);
    expect(encoded).toBe('2 2 -5 2');
    expect(decodeWordBoundaries(encoded)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 9, end: 11 },
    ]);
  });

  it('encode renderings with the occurrences each renders', () => {
    const spans = [
      { start: 12, end: 21, ids: ['3.4'] },
      { start: 40, end: 52, ids: ['5.1', '5.2'] },
    ];
    expect(encodeRenderings(spans)).toBe('12-21:3.4 40-52:5.1,5.2');
    expect(decodeRenderings(encodeRenderings(spans))).toEqual(spans);
  });

  it('decode an empty paragraph to no words', () => {
    expect(decodeWordBoundaries('')).toEqual([]);
    expect(encodeWordBoundaries([])).toBe('');
  });
});
