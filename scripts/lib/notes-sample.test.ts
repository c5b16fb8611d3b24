import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, numberNotesFor, termNotesFor } from '../../tests/unit/corpus-index';
import { noteId, type CheckNote } from '../../lib/terms';
import { readSample, sampleNotes, SAMPLE_HEADER, SAMPLE_SIZE } from './notes-sample';

/** Issue 21: a translator would agree with at least 95% of the notes. */
const MIN_AGREEMENT = 0.95;

async function corpusNotes(): Promise<CheckNote[]> {
  const slugs = corpusDocuments()
    .filter((d) => d.kind === 'bilingual')
    .map((d) => d.meta.slug);
  return (await Promise.all(slugs.map(async (slug) => [...(await termNotesFor(slug)), ...(await numberNotesFor(slug))]))).flat();
}

describe('the judged sample of notes', () => {
  it('is the seeded sample of the notes the corpus raises today, every note judged', async () => {
    const judged = readSample();
    expect(judged).toHaveLength(SAMPLE_SIZE);
    expect(judged.map((j) => j.id)).toEqual(sampleNotes(await corpusNotes()).map(noteId));
    for (const j of judged) expect(j.verdict, j.id).not.toBe('');
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
  it('draws the same notes from the same notes, whatever their order', () => {
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
    const a = sampleNotes(notes, 10).map(noteId);
    expect(sampleNotes([...notes].reverse(), 10).map(noteId)).toEqual(a);
    expect(new Set(a).size).toBe(10);
  });
});
