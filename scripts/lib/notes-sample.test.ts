import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analysis';
import { corpusDocuments, numberNotesFor, termNotesFor } from '../../tests/unit/corpus-index';
import { noteId, type CheckNote } from '../../lib/terms';
import { devDocuments, drawNotes, readSample, sampleNotes, SAMPLE_HEADER, SAMPLE_SIZE } from './notes-sample';

/** Issue 21: a translator would agree with at least 95% of the notes. */
const MIN_AGREEMENT = 0.95;

async function corpusNotes(): Promise<CheckNote[]> {
  const slugs = corpusDocuments()
    .filter((d) => d.kind === 'bilingual')
    .map((d) => d.meta.slug);
  return (await Promise.all(slugs.map(async (slug) => [...(await termNotesFor(slug)), ...(await numberNotesFor(slug))]))).flat();
}

const devNotes = (): CheckNote[] => devDocuments().flatMap((doc) => analyzeDocument(doc).notes);

describe('the judged sample of notes', () => {
  it('is the seeded sample of the notes the corpus and the dev texts raise today, in proportion, every note judged', async () => {
    const judged = readSample();
    const [corpus, dev] = [await corpusNotes(), devNotes()];
    expect(judged).toHaveLength(SAMPLE_SIZE);
    expect(judged.map((j) => j.id)).toEqual(sampleNotes([corpus, dev]).map(noteId));
    for (const j of judged) expect(j.verdict, j.id).not.toBe('');
    const fromDev = judged.filter((j) => dev.some((n) => noteId(n) === j.id)).length;
    expect(fromDev).toBe(Math.round((SAMPLE_SIZE * dev.length) / (dev.length + corpus.length)));
  });

  it('reads the nine dev texts as bilingual documents aligned by their gold pairing', () => {
    const docs = devDocuments();
    expect(docs).toHaveLength(9);
    for (const doc of docs) {
      expect(doc.kind).toBe('bilingual');
      expect(doc.alignment?.map((bead) => [bead.zh, bead.en])).toEqual(doc.zh!.map((_, k) => [[k], [k]]));
      expect(doc.en).toHaveLength(doc.zh!.length);
    }
  });
  it('is agreed with by the reader who judged it, at least 95% of the notes', () => {
    const judged = readSample();
    expect(judged.filter((j) => j.verdict === 'agree').length / judged.length).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });
  it('names the line of a verdict that is neither agree nor disagree', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sample-')), 'notes-sample.tsv');
    writeFileSync(file, `${SAMPLE_HEADER.join('\t')}\nid\tslug\t1\twarning\tnot-found\t网信\t\tx\tmaybe\t\n`);
    expect(() => readSample(file)).toThrow(/notes-sample\.tsv:2: verdict must be agree or disagree, not "maybe"/);
  });
  it('draws the same notes from the same notes, whatever their order, each group in proportion', () => {
    const notes = Array.from({ length: 30 }, (_, i): CheckNote => ({
      kind: 'not-found',
      severity: 'warning',
      slug: 'x',
      bead: i,
      term: '网信',
      rendering: null,
      recommended: 'r',
      others: [],
      message: '',
    }));
    const a = drawNotes(notes, 10).map(noteId);
    expect(drawNotes([...notes].reverse(), 10).map(noteId)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    // 20 and 10 notes give 2 and 1 of a sample of 3; a group's share is the start of what it alone would give.
    const [first, second] = [notes.slice(0, 20), notes.slice(20)];
    const both = sampleNotes([first, second], 3).map(noteId);
    expect(both.filter((id) => first.some((n) => noteId(n) === id))).toEqual(drawNotes(first, 2).map(noteId));
    expect(both.filter((id) => second.some((n) => noteId(n) === id))).toEqual(drawNotes(second, 1).map(noteId));
  });
});
