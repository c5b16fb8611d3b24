import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GlossaryError } from '../glossary';
import { notesCsv } from '../export';
import { getLookupCards } from './index';
import { termHref } from './links';
import { documentNotes, getNotes } from './notes';
import { chosenGlossary, getUserGlossary, isUserEntry, removeUserGlossary, saveUserGlossary } from './user-glossary';
import { getTermSourcesView, getTermView, userOnlyEntry } from './terms';
import { corpusIndex } from '../../tests/unit/corpus-index';

const SLUG = 'qiushi-2024-14-cyber-law';
const NEWSROOM = readFileSync('tests/fixtures/glossary/newsroom.csv', 'utf8');
let library: string;
const previous = process.env.QP_CORPUS;

// A scratch library first, the project's corpus after it: uploads land in the scratch folder.
beforeAll(() => {
  library = mkdtempSync(path.join(tmpdir(), 'qp-user-glossary-'));
  process.env.QP_CORPUS = [library, 'corpus'].join(path.delimiter);
});

afterAll(() => {
  rmSync(library, { recursive: true, force: true });
  if (previous === undefined) delete process.env.QP_CORPUS;
  else process.env.QP_CORPUS = previous;
});

describe('the uploaded glossary', () => {
  it('is stored whole in the library and read back, the same entries array while the file is unchanged', () => {
    expect(getUserGlossary()).toBeUndefined();
    const saved = saveUserGlossary('newsroom.csv', NEWSROOM);
    expect(saved.entries.map((e) => e.term)).toEqual(['网络强国', '网络执法', '未成年人网络保护', '人工智能']);
    expect(readdirSync(library)).toEqual(['user-glossary.csv']);
    const read = getUserGlossary();
    expect(read?.entries.map((e) => e.recommended)).toEqual(saved.entries.map((e) => e.recommended));
    expect(getUserGlossary()?.entries).toBe(read?.entries);
    expect(chosenGlossary('both')).toBe(chosenGlossary('both'));
  });

  it('refuses a bad file with its line and column and leaves the stored one as it was', () => {
    const bad = 'zh,recommended,variants\n网络强国,cyber superpower,\nAI,artificial intelligence,\n';
    expect(() => saveUserGlossary('bad.csv', bad)).toThrow(GlossaryError);
    expect(() => saveUserGlossary('bad.csv', bad)).toThrow(/^bad\.csv:3:1: /);
    expect(() => saveUserGlossary('list.txt', NEWSROOM)).toThrow(/unknown format/);
    expect(readdirSync(library)).toEqual(['user-glossary.csv']);
    expect(getUserGlossary()?.entries).toHaveLength(4);
  });

  it('is what the notes follow when chosen: the user\'s recommendation for its terms, nothing else under "user"', async () => {
    const index = await corpusIndex();
    const project = (await getNotes(index, SLUG, 'project', 'hans'))!;
    const user = (await getNotes(index, SLUG, 'user', 'hans'))!;
    const both = (await getNotes(index, SLUG, 'both', 'hans'))!;
    const terms = (n: typeof user) =>
      new Set(Object.values(n.beads).flatMap((list) => list.flatMap((v) => (v.kind === 'number-mismatch' ? [] : [v.term]))));
    expect([...terms(user)].every((t) => ['网络强国', '网络执法', '未成年人网络保护', '人工智能'].includes(t))).toBe(true);
    const recommended = Object.values(both.beads).flatMap((list) =>
      list.flatMap((v) => (v.kind !== 'number-mismatch' && v.term === '网络强国' ? [v.recommended] : [])),
    );
    expect(recommended.length).toBeGreaterThan(0);
    expect(new Set(recommended)).toEqual(new Set(['cyber superpower']));
    expect(terms(both).has('网络法治')).toBe(true);
    expect(project.total).not.toBe(both.total);
  });

  it('is what the summary, the pop-up cards, the term page and the notes CSV follow when chosen', async () => {
    const index = await corpusIndex();
    const summaryOf = async (source: 'project' | 'both') => (await getNotes(index, SLUG, source, 'hans'))!.summary;
    // 网络执法 is only the newsroom's term: in the summary under its glossary, linked to its own term page.
    expect((await summaryOf('project')).some((s) => s.term === '网络执法')).toBe(false);
    const mine = (await summaryOf('both')).find((s) => s.term === '网络执法');
    expect(mine?.termHref).toBe(termHref('网络执法'));
    // That page has the uploaded entry; a term the project's glossary holds keeps the project's page.
    expect(userOnlyEntry('网络执法')).toMatchObject({
      recommended: 'online law enforcement',
      variants: ['cyber law enforcement', 'network law enforcement'],
    });
    expect(userOnlyEntry('网络强国')).toBeUndefined();
    expect(userOnlyEntry('网络执法者')).toBeUndefined();
    expect(mine?.renderings.map((r) => r.text.toLowerCase())).toEqual(
      expect.arrayContaining(['network law enforcement', 'cyber law enforcement']),
    );
    const cards = (await getLookupCards(index, SLUG, 'hans', chosenGlossary('both')))!;
    expect(cards['网络强国']?.glossary).toMatchObject({ recommended: 'cyber superpower', href: termHref('网络强国') });
    expect((await getLookupCards(index, SLUG, 'hans'))!['网络强国']?.glossary?.recommended).not.toBe('cyber superpower');
    const view = (await getTermView(index, '网络强国', 'hans', undefined, chosenGlossary('both')))!;
    expect(view.entry.recommended).toBe('cyber superpower');
    expect(isUserEntry(view.entry)).toBe(true);
    let csv = '';
    const glossary = chosenGlossary('both');
    for await (const chunk of notesCsv(index, (doc) => documentNotes(doc, glossary))) csv += chunk;
    expect(csv).toContain('cyber superpower');
    expect(csv.split('\n').filter((line) => line.includes(',网络执法,')).length).toBeGreaterThan(0);
  });

  it('a TBX upload replaces the CSV one; removing it brings back the project glossary', async () => {
    saveUserGlossary('newsroom.tbx', readFileSync('tests/fixtures/glossary/newsroom.tbx', 'utf8'));
    expect(readdirSync(library)).toEqual(['user-glossary.tbx']);
    removeUserGlossary();
    expect(getUserGlossary()).toBeUndefined();
    const index = await corpusIndex();
    expect((await getNotes(index, SLUG, 'user', 'hans'))!.total).toBe((await getNotes(index, SLUG, 'project', 'hans'))!.total);
  });
});

describe('getTermSourcesView', () => {
  it('lists the documents holding 网络法治 oldest first with counts per rendering and bead links', async () => {
    const view = (await getTermSourcesView(await corpusIndex(), '网络法治'))!;
    const dates = view.documents.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(view.renderings.length).toBeGreaterThan(1);
    for (const doc of view.documents) {
      expect(doc.counts).toHaveLength(view.renderings.length);
      // One link per bead holding the rendering: none without it, at most one per occurrence.
      doc.counts.forEach((count, i) => {
        const links = doc.links[i] ?? [];
        expect(links.length === 0).toBe(count === 0);
        expect(links.length).toBeLessThanOrEqual(count);
      });
    }
    const total = view.documents.reduce((sum, d) => sum + d.counts.reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(view.renderings.reduce((sum, r) => sum + r.total, 0));
    expect(view.documents.some((d) => d.kind === 'english-only')).toBe(true);
  });

  it('is undefined for a term the glossary does not hold', async () => {
    expect(await getTermSourcesView(await corpusIndex(), '不存在的词')).toBeUndefined();
  });
});
