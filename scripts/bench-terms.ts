import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../lib/analysis';
import { loadCorpus } from '../lib/corpus';
import { ATTESTATION_KINDS, getGlossary } from '../lib/glossary';
import { checklistFor, normalizeRendering, noteId, termNotesOf, type NoteKind } from '../lib/terms';
import { devDocuments, readSample, sampleNotes } from './lib/notes-sample';

/** Hand annotation of renderings: tests/fixtures/terms-gold/<slug>.tsv. */
const GOLD_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'terms-gold');
const GOLD_SLUG = 'qiushi-2024-14-cyber-law';
const PERCENT = 100;
const DIGITS = 1;

interface GoldRow {
  term: string;
  paragraph: number;
  occurrence: number;
  /** As annotated; null when the English does not render the term. */
  rendering: string | null;
}

function readGold(file: string): GoldRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [term = '', paragraph = '', occurrence = '', rendering = ''] = line.split('\t');
      return { term, paragraph: Number(paragraph), occurrence: Number(occurrence), rendering: rendering.trim() || null };
    });
}

/** Which occurrence of the term's characters in the paragraph starts at `start`, counting from 0. */
function occurrenceIndex(text: string, term: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1 && at < start; at = text.indexOf(term, at + 1)) count++;
  return count;
}

interface Tally {
  correct: number;
  found: number;
  gold: number;
}

/** Notes per document on main before issue 21: tests/fixtures/notes-before.tsv. */
const BEFORE_FILE = path.join(process.cwd(), 'tests', 'fixtures', 'notes-before.tsv');

function readBefore(): Map<string, { notes: string; error: string; warning: string; info: string }> {
  const rows = readFileSync(BEFORE_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
  return new Map(rows.map(([doc = '', notes = '', error = '', warning = '', info = '']) => [doc, { notes, error, warning, info }]));
}

/** Entries attested by a published source, and how many attestations of each kind the glossary holds. */
function printAttestations(): void {
  const glossary = getGlossary();
  const attested = glossary.filter((e) => (e.attestations ?? []).length > 0);
  console.log(
    `Glossary: ${glossary.length} entries, ${attested.length} attested by a published source, ${glossary.length - attested.length} not`,
  );
  console.log('kind	attestations	entries	entries whose recommendation it decides');
  for (const kind of ATTESTATION_KINDS) {
    const all = glossary.flatMap((e) => (e.attestations ?? []).filter((a) => a.kind === kind));
    const entries = glossary.filter((e) => (e.attestations ?? []).some((a) => a.kind === kind)).length;
    const decides = glossary.filter((e) =>
      e.basis.startsWith(`most recent ${kind === 'state-media' ? 'state media' : kind === 'other' ? 'other published' : kind} usage`),
    ).length;
    console.log(`${kind}\t${all.length}\t${entries}\t${decides}`);
  }
  const disagree = attested.filter((e) => new Set((e.attestations ?? []).map((a) => normalizeRendering(a.rendering))).size > 1).length;
  console.log(`entries whose sources disagree (more than one published rendering): ${disagree}\n`);
}

const key = (term: string, paragraph: number, occurrence: number) => `${term}\t${paragraph}\t${occurrence}`;
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${((PERCENT * a) / b).toFixed(DIGITS)}%`);

function main(): void {
  printAttestations();
  const started = performance.now();
  const analyses = loadCorpus().map((doc) => analyzeDocument(doc));
  const occurrences = analyses.flatMap((a) => a.occurrences);
  const elapsed = performance.now() - started;
  const gold = readGold(path.join(GOLD_DIR, `${GOLD_SLUG}.tsv`));
  const zh = analyses.find((a) => a.meta.slug === GOLD_SLUG)?.zh ?? [];
  const terms = [...new Set(gold.map((row) => row.term))];

  const system = new Map<string, string | null>();
  for (const o of occurrences) {
    if (o.slug !== GOLD_SLUG || !terms.includes(o.term)) continue;
    system.set(key(o.term, o.zh.paragraph, occurrenceIndex(zh[o.zh.paragraph] ?? '', o.term, o.zh.start)), o.rendering);
  }
  const tallies = new Map<string, Tally>(terms.map((t) => [t, { correct: 0, found: 0, gold: 0 }]));
  const misses: string[] = [];
  const goldKeys = new Set<string>();
  for (const row of gold) {
    const k = key(row.term, row.paragraph, row.occurrence);
    goldKeys.add(k);
    const tally = tallies.get(row.term)!;
    const mine = system.get(k) ?? null;
    if (row.rendering !== null) tally.gold++;
    if (mine !== null) tally.found++;
    const right = mine !== null && row.rendering !== null && normalizeRendering(mine) === normalizeRendering(row.rendering);
    if (right) tally.correct++;
    else if (mine !== null || row.rendering !== null)
      misses.push(
        `  ${row.term} zh ${row.paragraph} #${row.occurrence}: gold ${JSON.stringify(row.rendering)}, found ${JSON.stringify(mine)}`,
      );
  }
  // Occurrences the matcher reports that the annotation does not hold count against precision.
  for (const [k, mine] of system) {
    if (goldKeys.has(k) || mine === null) continue;
    tallies.get(k.split('\t')[0] ?? '')!.found++;
    misses.push(`  ${k.replaceAll('\t', ' ')}: not in gold, found ${JSON.stringify(mine)}`);
  }

  console.log(`Rendering detection against ${GOLD_SLUG} (${gold.length} hand-annotated occurrences)`);
  console.log('term\tgold\tfound\tcorrect\tprecision\trecall');
  const total: Tally = { correct: 0, found: 0, gold: 0 };
  for (const [term, t] of tallies) {
    console.log(`${term}\t${t.gold}\t${t.found}\t${t.correct}\t${ratio(t.correct, t.found)}\t${ratio(t.correct, t.gold)}`);
    total.correct += t.correct;
    total.found += t.found;
    total.gold += t.gold;
  }
  console.log(
    `overall\t${total.gold}\t${total.found}\t${total.correct}\t${ratio(total.correct, total.found)}\t${ratio(total.correct, total.gold)}`,
  );
  if (misses.length > 0) console.log(`Disagreements:\n${misses.join('\n')}`);

  console.log(
    `\nNotes per document (all glossary terms and the number check; occurrences found in ${elapsed.toFixed(0)} ms, alignment included)`,
  );
  console.log('before: notes raised strictly, as before the checklist (spacing counts, every enumeration member not found);');
  console.log('notes: one per bead, term, kind and rendering, as the reader shows them; items: the checklist, one per term and kind;');
  console.log("chars: characters of all the notes' messages, a measure of how much there is to read");
  const kinds: NoteKind[] = ['non-recommended', 'inconsistent', 'shared-rendering', 'not-found', 'number-mismatch'];
  console.log(
    ['document', 'occurrences', 'before', ...kinds, 'notes', 'error', 'warning', 'info', 'items', 'chars', 'chars/note'].join('\t'),
  );
  const before = readBefore();
  const severities: string[] = [];
  for (const doc of analyses) {
    if (doc.kind !== 'bilingual') continue;
    const checklist = checklistFor(doc.meta.slug, doc.notes);
    const was = before.get(doc.meta.slug);
    severities.push(
      [
        doc.meta.slug,
        was ? `${was.notes} (${was.error}/${was.warning}/${was.info})` : 'n/a',
        `${checklist.total} (${checklist.bySeverity.error}/${checklist.bySeverity.warning}/${checklist.bySeverity.info})`,
      ].join('\t'),
    );
    const notes = checklist.items.flatMap((item) => item.notes);
    const counts = kinds.map((kind) => notes.filter((n) => n.kind === kind).length);
    const found = occurrences.filter((o) => o.slug === doc.meta.slug).length;
    const chars = notes.reduce((sum, n) => sum + n.message.length, 0);
    const { error, warning, info } = checklist.bySeverity;
    console.log(
      [
        doc.meta.slug,
        found,
        termNotesOf(doc.meta.slug, doc.zh ?? [], doc.occurrences, { strict: true }).length +
          doc.notes.filter((n) => n.kind === 'number-mismatch').length,
        ...counts,
        checklist.total,
        error,
        warning,
        info,
        checklist.items.length,
        chars,
        (chars / Math.max(1, notes.length)).toFixed(0),
      ].join('\t'),
    );
  }
  console.log('\nFindings per document by severity, notes (error/warning/info): before = main at 6f6f8c5, after = this tree');
  console.log(['document', 'before', 'after'].join('\t'));
  for (const line of severities) console.log(line);

  const judged = readSample();
  const corpusNotes = analyses.flatMap((a) => (a.kind === 'bilingual' ? a.notes : []));
  const devNotes = devDocuments().flatMap((doc) => analyzeDocument(doc).notes);
  const current = new Set(sampleNotes([corpusNotes, devNotes]).map(noteId));
  const fromDev = new Set(devNotes.map(noteId));
  const agreement = (list: typeof judged) => {
    const agreed = list.filter((j) => j.verdict === 'agree').length;
    return `${agreed}/${list.length} agreed (${ratio(agreed, list.length)})`;
  };
  const stale = judged.filter((j) => !current.has(j.id)).length;
  console.log(
    `\nJudged sample (tests/fixtures/notes-sample.tsv, ${judged.length} notes, seed 21, drawn in proportion from the corpus's ${corpusNotes.length} notes and the dev texts' ${devNotes.length}, aligned by gold.tsv): ` +
      `${agreement(judged)}; corpus ${agreement(judged.filter((j) => !fromDev.has(j.id)))}, dev texts ${agreement(judged.filter((j) => fromDev.has(j.id)))}` +
      (stale > 0 ? `; ${stale} sampled notes are no longer the sample: judge it again` : ''),
  );
  for (const j of judged.filter((x) => x.verdict === 'disagree'))
    console.log(`  disagree: ${j.slug} b${j.bead} ${j.severity} ${j.kind} ${j.term} “${j.rendering}”: ${j.reason}`);
}

main();
