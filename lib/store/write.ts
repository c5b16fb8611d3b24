import type { Kysely, Transaction } from 'kysely';
import type { DocumentAnalysis } from '../analysis';
import { ANALYSIS_VERSION } from '../analysis/version';
import { sql, type IndexDatabase, type IndexSchema } from '../db';
import { beadSearchTerms, FIELD } from '../search';
import { beadText } from '../bitext';
import { decodeWordBoundaries } from '../reader/paragraph-markup';
import { normalizeRendering } from '../terms';
import type { Sentence } from '../sentence';

/** The settings row holding the library's version: bumped by every change to any document's rows. */
export const LIBRARY_VERSION = 'library';

/** Rows per INSERT: SQLite limits the parameters of one statement. */
const CHUNK = 200;

async function insertChunked<T extends keyof IndexSchema>(db: Kysely<IndexSchema>, table: T, rows: readonly IndexSchema[T][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely's insert types are per table; the rows are the table's own.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

/** Bumps the library version and returns the new one. */
async function nextRevision(trx: Transaction<IndexSchema>): Promise<number> {
  const row = await trx.selectFrom('settings').select('value').where('key', '=', LIBRARY_VERSION).executeTakeFirst();
  const revision = Number(row?.value ?? 0) + 1;
  if (row)
    await trx
      .updateTable('settings')
      .set({ value: String(revision) })
      .where('key', '=', LIBRARY_VERSION)
      .execute();
  else
    await trx
      .insertInto('settings')
      .values({ key: LIBRARY_VERSION, value: String(revision) })
      .execute();
  return revision;
}

async function deleteRows(index: IndexDatabase, trx: Transaction<IndexSchema>, documentId: number): Promise<void> {
  if (index.kind === 'sqlite') {
    await sql`delete from search_terms where rowid in (select id from beads where document_id = ${documentId})`.execute(trx);
  }
  // PostgreSQL's search rows go with their beads (on delete cascade); SQLite's foreign keys are not enforced.
  for (const table of ['evidence', 'notes', 'occurrences', 'sentence_beads', 'beads', 'paragraphs'] as const) {
    await trx.deleteFrom(table).where('document_id', '=', documentId).execute();
  }
}

const sentenceRefs = (sentences: readonly Sentence[]) => JSON.stringify(sentences.map((s) => [s.paragraph, s.start, s.end]));

/** The segmented words of a bead's Chinese, in order, from the paragraphs' word boundaries. */
function beadWords(analysis: DocumentAnalysis, paragraphs: readonly number[]): string[] {
  return paragraphs.flatMap((p) => {
    const text = analysis.zh?.[p] ?? '';
    return decodeWordBoundaries(analysis.words[p] ?? '').map((w) => text.slice(w.start, w.end));
  });
}

/**
 * Writes one document's analysis into the index in one transaction, replacing what the index held for its slug:
 * a reader sees the old rows or the new ones, never a mix. Touches only this document's rows and the library
 * version, so its cost does not grow with the library.
 */
export async function writeDocument(index: IndexDatabase, folder: string, version: string, analysis: DocumentAnalysis): Promise<void> {
  const { meta } = analysis;
  const searchRows = analysis.beads.map((bead) => {
    const zh = beadText(analysis.zh ?? [], bead.zh);
    const en = beadText(analysis.en ?? [], bead.en);
    return { zh, en, ...beadSearchTerms(zh, en, beadWords(analysis, bead.zh)) };
  });
  await index.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('documents').select('id').where('slug', '=', meta.slug).executeTakeFirst();
    if (existing) await deleteRows(index, trx, existing.id);
    const revision = await nextRevision(trx);
    const row = {
      slug: meta.slug,
      folder,
      version,
      analysis: ANALYSIS_VERSION,
      revision,
      kind: analysis.kind,
      date: meta.date,
      title_en: meta.title.en,
      title_zh: meta.title.zh ?? null,
      translation_kind: meta.translation.kind,
      meta: JSON.stringify(meta),
      zh_paragraphs: analysis.zh?.length ?? 0,
      en_paragraphs: analysis.en?.length ?? 0,
      bead_count: analysis.beads.length,
      omissions: analysis.counts.omissions,
      flagged: analysis.counts.flagged,
      checked: analysis.counts.checked,
      given_by_file: analysis.counts.givenByFile,
      notes: analysis.notes.length,
      units: JSON.stringify(analysis.units),
    };
    const documentId = existing
      ? (await trx.updateTable('documents').set(row).where('id', '=', existing.id).execute(), existing.id)
      : (await trx.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow()).id;
    await trx.deleteFrom('failures').where('folder', '=', folder).execute();

    await insertChunked(trx, 'paragraphs', [
      ...(analysis.zh ?? []).map((text, idx) => ({
        document_id: documentId,
        lang: 'zh' as const,
        idx,
        text,
        words: analysis.words[idx] ?? '',
      })),
      ...(analysis.en ?? []).map((text, idx) => ({ document_id: documentId, lang: 'en' as const, idx, text, words: null })),
    ]);
    // Inserted in chunks, each returning its ids: the search rows are keyed by them.
    const beadRows = analysis.beads.map((bead, idx) => ({
      document_id: documentId,
      idx,
      zh: JSON.stringify(bead.zh),
      en: JSON.stringify(bead.en),
      confidence: bead.confidence,
      origin: bead.origin ?? null,
      zh_text: searchRows[idx]?.zh ?? '',
      en_text: searchRows[idx]?.en ?? '',
      syllables: searchRows[idx]?.syllables.join(' ') ?? '',
    }));
    const beadIds: number[] = [];
    for (let i = 0; i < beadRows.length; i += CHUNK) {
      const inserted = await trx
        .insertInto('beads')
        .values(beadRows.slice(i, i + CHUNK))
        .returning(['id', 'idx'])
        .execute();
      for (const row of inserted) beadIds[row.idx] = row.id;
    }
    await insertChunked(
      trx,
      'sentence_beads',
      analysis.sentences.flatMap((beads, bead) =>
        beads.map((s, idx) => ({
          document_id: documentId,
          bead,
          idx,
          zh: sentenceRefs(s.zh),
          en: sentenceRefs(s.en),
          confidence: s.confidence,
        })),
      ),
    );
    await insertChunked(
      trx,
      'occurrences',
      analysis.occurrences.map((o) => ({
        document_id: documentId,
        bead: o.bead,
        term: o.term,
        zh_paragraph: o.zh.paragraph,
        zh_start: o.zh.start,
        zh_end: o.zh.end,
        en_paragraph: o.en?.paragraph ?? null,
        en_start: o.en?.start ?? null,
        en_end: o.en?.end ?? null,
        rendering: o.rendering,
        rendering_key: o.rendering === null ? null : normalizeRendering(o.rendering),
      })),
    );
    await insertChunked(
      trx,
      'notes',
      analysis.notes.map((note, idx) => ({
        document_id: documentId,
        idx,
        bead: note.bead,
        kind: note.kind,
        severity: note.severity,
        term: note.kind === 'number-mismatch' ? note.text : note.term,
        body: JSON.stringify(note),
      })),
    );
    await insertChunked(
      trx,
      'evidence',
      analysis.evidence.map((e, idx) => ({
        document_id: documentId,
        idx,
        term: e.term,
        paragraph: e.paragraph,
        start: e.start,
        end: e.end,
        rendering: e.rendering,
      })),
    );
    await insertSearchTerms(
      index,
      trx,
      beadIds,
      searchRows.map((r) => r.terms),
    );
  });
}

/**
 * A bead's index terms as a PostgreSQL tsvector literal with each term's positions, which phrase queries need
 * (phraseFrequencies). PostgreSQL caps positions at 16383, so the English terms, the only ones queried as phrases,
 * come first: a long bead's Chinese grams cannot push them past the cap. Terms hold letters and digits only.
 */
function tsvectorLiteral(terms: string): string {
  const list = terms.split(' ').filter((t) => t !== '');
  const english = list.filter((t) => t.startsWith(FIELD.en));
  return [...english, ...list.filter((t) => !t.startsWith(FIELD.en))].map((t, i) => `'${t}':${i + 1}`).join(' ');
}

async function insertSearchTerms(index: IndexDatabase, trx: Transaction<IndexSchema>, ids: readonly number[], terms: readonly string[]) {
  const rows = ids.map((id, i) =>
    index.kind === 'sqlite' ? sql`(${id}, ${terms[i] ?? ''})` : sql`(${id}, cast(${tsvectorLiteral(terms[i] ?? '')} as tsvector))`,
  );
  const columns = index.kind === 'sqlite' ? sql`rowid, terms` : sql`bead_id, terms`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await sql`insert into search_terms (${columns}) values ${sql.join(rows.slice(i, i + CHUNK))}`.execute(trx);
  }
}

/** Removes a document's rows from the index (its folder is gone). */
export async function removeDocument(index: IndexDatabase, slug: string): Promise<void> {
  await index.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('documents').select('id').where('slug', '=', slug).executeTakeFirst();
    if (!existing) return;
    await deleteRows(index, trx, existing.id);
    await trx.deleteFrom('documents').where('id', '=', existing.id).execute();
    await nextRevision(trx);
  });
}

/** Records that a folder could not be indexed at this version, and why (a CorpusError's one line). */
export async function recordFailure(index: IndexDatabase, folder: string, version: string, message: string): Promise<void> {
  await index.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('failures').where('folder', '=', folder).execute();
    await trx.insertInto('failures').values({ folder, version, message }).execute();
    await nextRevision(trx);
  });
}

/** Forgets a failure whose folder is gone. */
export async function forgetFailure(index: IndexDatabase, folder: string): Promise<void> {
  await index.db.deleteFrom('failures').where('folder', '=', folder).execute();
}
