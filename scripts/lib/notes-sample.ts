import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAlignment, readTextFile, splitParagraphs, type CorpusDocument } from '../../lib/corpus';
import { noteId, type CheckNote } from '../../lib/terms';

/**
 * The nine dev texts (tests/fixtures/dev-texts): WMT23 news paragraphs with their professional human reference, each
 * folder a 1-1 zh/en pair with gold.tsv.
 */
export const DEV_TEXTS_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'dev-texts');

/**
 * The dev texts as bilingual documents of the library, aligned by their gold pairing (as an alignment.tsv checked by
 * a person would be), so their notes are those of the texts, not of an aligner's mistakes. Slug: the folder's name;
 * title: the first line of its source.md.
 */
export function devDocuments(dir = DEV_TEXTS_DIR): CorpusDocument[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug): CorpusDocument => {
      const folder = path.join(dir, slug);
      const zh = splitParagraphs(readTextFile(path.join(folder, 'zh.txt')));
      const en = splitParagraphs(readTextFile(path.join(folder, 'en.txt')));
      const gold = path.join(folder, 'gold.tsv');
      const title = readTextFile(path.join(folder, 'source.md')).split('\n')[0]?.replace(/^#\s*/, '') ?? slug;
      const [, date = '2023-02-01'] = /(\d{4}-\d{2}(?:-\d{2})?)/.exec(slug) ?? [];
      return {
        meta: {
          slug,
          title: { en: title },
          author: {},
          publication: 'WMT23 General MT test set',
          date: date.length === 7 ? `${date}-01` : date,
          source: path.join('tests', 'fixtures', 'dev-texts', slug, 'source.md'),
          languages: ['zh', 'en'],
          translation: { by: 'WMT23 professional human reference (refA)', kind: 'professional' },
        },
        kind: 'bilingual',
        zh,
        en,
        alignment: parseAlignment(readTextFile(gold), { zh: zh.length, en: en.length }, gold),
      };
    });
}

/** 100 notes of the corpus and the dev texts judged by hand, one per line: tests/fixtures/notes-sample.tsv. */
export const SAMPLE_FILE = path.join(process.cwd(), 'tests', 'fixtures', 'notes-sample.tsv');
export const SAMPLE_SIZE = 100;
/** Fixed, so that the same notes are drawn until the notes change (issue 21). */
export const SAMPLE_SEED = 21;

export const SAMPLE_HEADER = ['id', 'slug', 'bead', 'severity', 'kind', 'term', 'rendering', 'recommended', 'verdict', 'reason'] as const;

export type Verdict = 'agree' | 'disagree';

/** One judged note: would a translator keep it (agree) or strike it (disagree), and why. */
export interface JudgedNote {
  id: string;
  slug: string;
  bead: number;
  severity: string;
  kind: string;
  term: string;
  rendering: string;
  recommended: string;
  verdict: Verdict | '';
  reason: string;
}

/** A small seeded generator (mulberry32): the sample must not change from run to run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * `size` notes drawn across groups of documents (the corpus, the dev texts) in proportion to the notes each group
 * raises (largest remainder), each group's share drawn by drawNotes with the same seed: a group's notes are still
 * drawn in the order one group alone would have them, so a larger share only adds notes to a smaller one.
 */
export function sampleNotes(groups: ReadonlyArray<readonly CheckNote[]>, size = SAMPLE_SIZE, seed = SAMPLE_SEED): CheckNote[] {
  const counts = groups.map((notes) => new Set(notes.map(noteId)).size);
  const total = counts.reduce((a, b) => a + b, 0);
  const exact = counts.map((n) => (total === 0 ? 0 : (Math.min(size, total) * n) / total));
  const shares = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder.slice(0, Math.min(size, total) - shares.reduce((a, b) => a + b, 0))) shares[i] = (shares[i] ?? 0) + 1;
  return groups
    .flatMap((notes, i) => drawNotes(notes, shares[i] ?? 0, seed))
    .sort((a, b) => a.slug.localeCompare(b.slug) || a.bead - b.bead || noteId(a).localeCompare(noteId(b)));
}

/** `size` notes drawn without replacement (Fisher–Yates on the notes ordered by id), in document and bead order. */
export function drawNotes(notes: readonly CheckNote[], size = SAMPLE_SIZE, seed = SAMPLE_SEED): CheckNote[] {
  const pool = [...new Map(notes.map((n) => [noteId(n), n])).values()].sort((a, b) => noteId(a).localeCompare(noteId(b)));
  const next = random(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size).sort((a, b) => a.slug.localeCompare(b.slug) || a.bead - b.bead || noteId(a).localeCompare(noteId(b)));
}

const field = (text: string) => text.replace(/[\t\n]/g, ' ');

/** A note as a line of the sample, with its verdict when one was given. */
export function sampleLine(note: CheckNote, judged?: Pick<JudgedNote, 'verdict' | 'reason'>): string {
  const what =
    note.kind === 'number-mismatch'
      ? { term: note.text, rendering: '', recommended: '' }
      : { term: note.term, rendering: note.rendering ?? '', recommended: note.recommended };
  return [
    noteId(note),
    note.slug,
    note.bead + 1,
    note.severity,
    note.kind,
    what.term,
    what.rendering,
    what.recommended,
    judged?.verdict ?? '',
    judged?.reason ?? '',
  ]
    .map((v) => field(String(v)))
    .join('\t');
}

/** Reads the judged sample; a line that is not of the header's form names its line number. */
export function readSample(file = SAMPLE_FILE): JudgedNote[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines[0] !== SAMPLE_HEADER.join('\t')) throw new Error(`${file}:1: header must be ${SAMPLE_HEADER.join(', ')}`);
  return lines.slice(1).map((line, i) => {
    const [
      id = '',
      slug = '',
      bead = '',
      severity = '',
      kind = '',
      term = '',
      rendering = '',
      recommended = '',
      verdict = '',
      reason = '',
    ] = line.split('\t');
    if (verdict !== 'agree' && verdict !== 'disagree' && verdict !== '')
      throw new Error(`${file}:${i + 2}: verdict must be agree or disagree, not "${verdict}"`);
    return { id, slug, bead: Number(bead), severity, kind, term, rendering, recommended, verdict, reason };
  });
}
