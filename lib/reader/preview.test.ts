import { describe, expect, it } from 'vitest';
import { corpusDocument, corpusIndex } from '../../tests/unit/corpus-index';
import { CHECK_ALIGNMENT_BELOW } from '../align';
import { analyzeDocument } from '../analysis';
import { getPageMarkup, getPreviewView, getReadingView, lookupCardsOf, needsCheck } from './index';

const SLUG = 'qiushi-2024-14-cyber-law';

describe('getPreviewView', () => {
  it('shows a text pair not in the library with the rows, term spans and notes of a reading page', async () => {
    const doc = corpusDocument(SLUG);
    const copy = { ...doc, meta: { ...doc.meta, slug: 'not-in-the-library' }, zh: [...(doc.zh ?? [])], en: [...(doc.en ?? [])] };
    const preview = getPreviewView(analyzeDocument(copy), 'hans');
    const page = (await getReadingView(await corpusIndex(), SLUG))!;
    expect(preview.rows.map((r) => [r.zh.map((p) => p.text), r.en.map((p) => p.text)])).toEqual(
      page.rows.map((r) => [r.zh.map((p) => p.text), r.en.map((p) => p.text)]),
    );
    expect(preview.rows.map((r) => r.zh.map((p) => p.terms))).toEqual(page.rows.map((r) => r.zh.map((p) => p.terms)));
    expect(
      preview.rows.map((r) => r.notes),
      'the notes its reading page will show, of every kind',
    ).toEqual(page.rows.map((r) => r.notes));
    const kinds = new Set(preview.rows.flatMap((r) => r.notes.map((n) => n.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['inconsistent', 'not-found']));
  });
});

describe('needsCheck', () => {
  it("flags an unsure bead of the aligner's, never one given by a file or checked by a person", () => {
    expect(needsCheck({ confidence: CHECK_ALIGNMENT_BELOW - 0.01 })).toBe(true);
    expect(needsCheck({ confidence: CHECK_ALIGNMENT_BELOW })).toBe(false);
    expect(needsCheck({ confidence: 0.1, origin: 'person' })).toBe(false);
    expect(needsCheck({ confidence: 0.1, origin: 'file' })).toBe(false);
  });
});

describe('lookupCardsOf', () => {
  it('gives a card for each word shown', async () => {
    const cards = await lookupCardsOf(await corpusIndex(), [{ text: '网络强国。', words: '4 -1' }], 'hant-tw');
    expect(Object.keys(cards).join('')).toBe('網絡強國');
    expect(cards['網絡強國']?.glossary?.renderings.length, 'the renderings the library has').toBeGreaterThan(1);
  });
});

describe('getPageMarkup', () => {
  it('holds the markup of every paragraph of each side, under its index, as the view has it', async () => {
    const index = await corpusIndex();
    const doc = corpusDocument(SLUG);
    const view = (await getReadingView(index, SLUG, 'hant-tw'))!;
    const markup = (await getPageMarkup(index, SLUG, 'hant-tw'))!;
    expect(markup.zh).toHaveLength(doc.zh!.length);
    expect(markup.en).toHaveLength(doc.en!.length);
    expect(Object.keys(markup.zh)).toHaveLength(doc.zh!.length);
    for (const row of view.rows) {
      for (const p of row.zh) expect(markup.zh[p.index]).toEqual({ words: p.words, terms: p.terms, sentences: p.sentences });
      for (const p of row.en) expect(markup.en[p.index]).toEqual({ renders: p.renders, sentences: p.sentences });
    }
    expect(markup.zh.some((m) => m.terms !== '')).toBe(true);
    expect(view.markupHref).toMatch(new RegExp(`^/lookup/${SLUG}/hant-tw/[0-9a-f]{16}/markup$`));
    expect(await getPageMarkup(index, 'no-such-document')).toBeUndefined();
  });
});
