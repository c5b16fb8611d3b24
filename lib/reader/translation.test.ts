import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus';
import { corpusIndex } from '../../tests/unit/corpus-index';
import { getTermSourcesView, getTermView, getTranslationRenderings } from './terms';
import { parseTranslationKind } from './translation';

const TERM = '网络强国';

describe('term views by kind of translation', () => {
  it('keeps the official translations apart from the others, every kind listed, the uses adding up to the whole', async () => {
    const index = await corpusIndex();
    const rows = await getTranslationRenderings(index, TERM);
    expect(rows.map((r) => r.kind)).toEqual(['official', 'publisher', 'professional', 'machine', 'unknown']);
    // No document of the library is an official translation: the page must say so, not borrow the others' renderings.
    expect(rows.find((r) => r.kind === 'official')).toEqual({ kind: 'official', total: 0, notFound: 0, renderings: [] });
    const all = await getTermView(index, TERM);
    const evidence = (await getTermSourcesView(index, TERM))!.documents.filter((d) => d.kind === 'english-only');
    const englishOnlyUses = evidence.reduce((n, d) => n + d.counts.reduce((a, b) => a + b, 0), 0);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(all!.total + englishOnlyUses);
  });

  it('restricts the concordance, the renderings over time and the suggestions to the documents of one kind', async () => {
    const index = await corpusIndex();
    const kindOf = new Map(loadCorpus().map((doc) => [doc.meta.slug, doc.meta.translation.kind]));
    // Outlook New Era's English, the publisher's, uses 网络法治; 网络强国 occurs only in machine translations.
    const publisher = (await getTermSourcesView(index, '网络法治', 'publisher'))!;
    expect(publisher.documents.length).toBeGreaterThan(0);
    expect(publisher.documents.every((d) => kindOf.get(d.slug) === 'publisher')).toBe(true);
    const machine = (await getTermView(index, TERM, 'hans', 'machine'))!;
    const lines = machine.groups.flatMap((g) => g.lines);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => kindOf.get(line.slug) === 'machine')).toBe(true);
    const official = (await getTermView(index, TERM, 'hans', 'official'))!;
    expect([official.total, official.groups.length, official.englishOnly.length, official.suggestions.length]).toEqual([0, 0, 0, 0]);
  });

  it('reads a filter from the URL only when it names a kind', () => {
    expect(parseTranslationKind('official')).toBe('official');
    expect(parseTranslationKind('Official')).toBeUndefined();
    expect(parseTranslationKind(['machine'])).toBeUndefined();
  });
});
