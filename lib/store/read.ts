import type { DocumentAnalysis } from '../analysis';
import type { Bead, BeadOrigin } from '../align';
import type { DocumentKind, DocumentMeta, SourceUnit, TranslationKind } from '../corpus';
import { sql, type IndexDatabase } from '../db';
import type { SearchSource, StoredBead, TermQuery } from '../search';
import type { Sentence, SentenceBead } from '../sentence';
import type { CheckNote, EnglishOnlyEvidence, NoteKind, TermOccurrence } from '../terms';
import { createHash } from 'node:crypto';
import { LIBRARY_VERSION } from './write';

/** A document of the index with the versions it was indexed at. */
export interface IndexedDocument extends DocumentAnalysis {
  /** The folder's version (lib/corpus folderVersion) when it was indexed: what an edit of the folder starts from. */
  version: string;
  /** What the document's pages are cached by (renderVersion). */
  renderVersion: string;
}

/**
 * The version of a document's rows: its folder's version and the analysis they were derived with, so that a
 * document analysed anew with the same folder gets new pages too.
 */
function renderVersion(version: string, analysis: string): string {
  return createHash('sha256').update(`${version}\n${analysis}`).digest('hex').slice(0, 16);
}

/** The library's version: changes whenever any document's rows change (see LIBRARY_VERSION). */
export async function libraryVersion(index: IndexDatabase): Promise<string> {
  const row = await index.db.selectFrom('settings').select('value').where('key', '=', LIBRARY_VERSION).executeTakeFirst();
  return row?.value ?? '0';
}

/** The version a document's pages are cached by (IndexedDocument.renderVersion), undefined when the index has none of that slug. */
export async function documentVersion(index: IndexDatabase, slug: string): Promise<string | undefined> {
  const row = await index.db.selectFrom('documents').select(['version', 'analysis']).where('slug', '=', slug).executeTakeFirst();
  return row && renderVersion(row.version, row.analysis);
}

/** One document of the library list. */
export interface LibraryRow {
  meta: DocumentMeta;
  kind: DocumentKind;
  zhParagraphs: number;
  enParagraphs: number;
  beads: number;
  omissions: number;
  flagged: number;
  checked: number;
  givenByFile: number;
  notes: number;
}

/** How the library list is ordered: oldest first, as the essays appeared. */
export async function libraryPage(index: IndexDatabase, { offset, limit }: { offset: number; limit: number }): Promise<LibraryRow[]> {
  const rows = await index.db.selectFrom('documents').selectAll().orderBy('date').orderBy('slug').offset(offset).limit(limit).execute();
  return rows.map((row) => ({
    meta: JSON.parse(row.meta) as DocumentMeta,
    kind: row.kind as DocumentKind,
    zhParagraphs: row.zh_paragraphs,
    enParagraphs: row.en_paragraphs,
    beads: row.bead_count,
    omissions: row.omissions,
    flagged: row.flagged,
    checked: row.checked,
    givenByFile: row.given_by_file,
    notes: row.notes,
  }));
}

export async function documentCount(index: IndexDatabase): Promise<number> {
  const row = await index.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Folders that could not be indexed, with the reason. */
export async function indexFailures(index: IndexDatabase): Promise<Array<{ folder: string; message: string }>> {
  return index.db.selectFrom('failures').select(['folder', 'message']).orderBy('folder').execute();
}

const parseList = (json: string): number[] => JSON.parse(json) as number[];

function beadOf(row: { zh: string; en: string; confidence: number; origin: string | null }): Bead {
  const bead: Bead = { zh: parseList(row.zh), en: parseList(row.en), confidence: row.confidence };
  if (row.origin) bead.origin = row.origin as BeadOrigin;
  return bead;
}

function sentencesOf(json: string, paragraphs: readonly string[]): Sentence[] {
  return (JSON.parse(json) as Array<[number, number, number]>).map(([paragraph, start, end]) => ({
    paragraph,
    start,
    end,
    text: (paragraphs[paragraph] ?? '').slice(start, end),
  }));
}

/** A document as the index holds it, ready for its reading page; undefined for an unknown slug. */
export async function indexedDocument(index: IndexDatabase, slug: string): Promise<IndexedDocument | undefined> {
  const doc = await index.db.selectFrom('documents').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!doc) return undefined;
  const id = doc.id;
  const [paragraphs, beads, sentenceRows, occurrenceRows, noteRows, evidenceRows] = await Promise.all([
    index.db.selectFrom('paragraphs').selectAll().where('document_id', '=', id).orderBy('lang').orderBy('idx').execute(),
    index.db.selectFrom('beads').select(['zh', 'en', 'confidence', 'origin']).where('document_id', '=', id).orderBy('idx').execute(),
    index.db.selectFrom('sentence_beads').selectAll().where('document_id', '=', id).orderBy('bead').orderBy('idx').execute(),
    index.db
      .selectFrom('occurrences')
      .selectAll()
      .where('document_id', '=', id)
      .orderBy('bead')
      .orderBy('zh_paragraph')
      .orderBy('zh_start')
      .execute(),
    index.db.selectFrom('notes').select('body').where('document_id', '=', id).orderBy('idx').execute(),
    index.db.selectFrom('evidence').selectAll().where('document_id', '=', id).orderBy('idx').execute(),
  ]);
  const kind = doc.kind as DocumentKind;
  const zhRows = paragraphs.filter((p) => p.lang === 'zh');
  const enRows = paragraphs.filter((p) => p.lang === 'en');
  const zh = doc.zh_paragraphs > 0 ? zhRows.map((p) => p.text) : null;
  const en = doc.en_paragraphs > 0 ? enRows.map((p) => p.text) : null;
  const sentences: SentenceBead[][] = beads.map(() => []);
  for (const row of sentenceRows) {
    sentences[row.bead]?.push({ zh: sentencesOf(row.zh, zh ?? []), en: sentencesOf(row.en, en ?? []), confidence: row.confidence });
  }
  return {
    meta: JSON.parse(doc.meta) as DocumentMeta,
    kind,
    version: doc.version,
    renderVersion: renderVersion(doc.version, doc.analysis),
    zh,
    en,
    words: zhRows.map((p) => p.words ?? ''),
    beads: beads.map(beadOf),
    sentences,
    occurrences: occurrenceRows.map((o) => occurrenceOf(slug, o)),
    notes: noteRows.map((n) => JSON.parse(n.body) as CheckNote),
    evidence: evidenceRows.map((e) => ({ term: e.term, slug, paragraph: e.paragraph, start: e.start, end: e.end, rendering: e.rendering })),
    units: JSON.parse(doc.units) as SourceUnit[],
    counts: { omissions: doc.omissions, flagged: doc.flagged, checked: doc.checked, givenByFile: doc.given_by_file },
  };
}

interface OccurrenceRow {
  bead: number;
  term: string;
  zh_paragraph: number;
  zh_start: number;
  zh_end: number;
  en_paragraph: number | null;
  en_start: number | null;
  en_end: number | null;
  rendering: string | null;
}

function occurrenceOf(slug: string, o: OccurrenceRow): TermOccurrence {
  return {
    slug,
    term: o.term,
    bead: o.bead,
    zh: { paragraph: o.zh_paragraph, start: o.zh_start, end: o.zh_end },
    en:
      o.en_paragraph === null || o.en_start === null || o.en_end === null
        ? null
        : { paragraph: o.en_paragraph, start: o.en_start, end: o.en_end },
    rendering: o.rendering,
  };
}

/** How often each rendering of these terms occurs across the library, most frequent first per term. */
export async function renderingCounts(
  index: IndexDatabase,
  terms: readonly string[],
): Promise<Map<string, Array<{ key: string; example: string; count: number }>>> {
  const counts = new Map<string, Array<{ key: string; example: string; count: number }>>();
  if (terms.length === 0) return counts;
  const rows = await index.db
    .selectFrom('occurrences')
    .select((eb) => ['term', 'rendering_key', eb.fn.min('rendering').as('example'), eb.fn.countAll<number>().as('n')])
    .where('term', 'in', [...terms])
    .where('rendering_key', 'is not', null)
    .groupBy(['term', 'rendering_key'])
    .execute();
  for (const row of rows) {
    const list = counts.get(row.term) ?? [];
    list.push({ key: row.rendering_key ?? '', example: row.example ?? '', count: Number(row.n) });
    counts.set(row.term, list);
  }
  for (const list of counts.values()) list.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return counts;
}

/**
 * A term's occurrences across the library, with their documents, in document date order; with `translation`, only
 * in the documents whose English is a translation of that kind.
 */
export async function termOccurrences(
  index: IndexDatabase,
  term: string,
  translation?: TranslationKind,
): Promise<Array<TermOccurrence & { documentId: number }>> {
  let query = index.db
    .selectFrom('occurrences')
    .innerJoin('documents', 'documents.id', 'occurrences.document_id')
    .select([
      'documents.slug as slug',
      'documents.id as documentId',
      'occurrences.bead',
      'occurrences.term',
      'occurrences.zh_paragraph',
      'occurrences.zh_start',
      'occurrences.zh_end',
      'occurrences.en_paragraph',
      'occurrences.en_start',
      'occurrences.en_end',
      'occurrences.rendering',
    ])
    .where('occurrences.term', '=', term);
  if (translation) query = query.where('documents.translation_kind', '=', translation);
  const rows = await query
    .orderBy('documents.date')
    .orderBy('documents.slug')
    .orderBy('occurrences.bead')
    .orderBy('occurrences.zh_paragraph')
    .orderBy('occurrences.zh_start')
    .execute();
  return rows.map((row) => ({ ...occurrenceOf(row.slug, row), documentId: row.documentId }));
}

/** Known renderings of a term in the English-only documents; with `translation`, only in translations of that kind. */
export async function termEvidence(index: IndexDatabase, term: string, translation?: TranslationKind): Promise<EnglishOnlyEvidence[]> {
  let query = index.db
    .selectFrom('evidence')
    .innerJoin('documents', 'documents.id', 'evidence.document_id')
    .select(['documents.slug as slug', 'evidence.term', 'evidence.paragraph', 'evidence.start', 'evidence.end', 'evidence.rendering'])
    .where('evidence.term', '=', term);
  if (translation) query = query.where('documents.translation_kind', '=', translation);
  const rows = await query
    .orderBy('documents.date')
    .orderBy('documents.slug')
    .orderBy('evidence.paragraph')
    .orderBy('evidence.start')
    .execute();
  return rows;
}

/**
 * How a term is rendered in each kind of translation: per kind and rendering, the occurrences (bilingual
 * documents, by normalised rendering, with an example as it stands) plus the English-only documents' uses.
 */
export async function renderingsByTranslation(
  index: IndexDatabase,
  term: string,
): Promise<Array<{ translation: string; key: string | null; example: string | null; count: number }>> {
  const [occurrences, evidence] = await Promise.all([
    index.db
      .selectFrom('occurrences')
      .innerJoin('documents', 'documents.id', 'occurrences.document_id')
      .select((eb) => [
        'documents.translation_kind as translation',
        'occurrences.rendering_key as key',
        eb.fn.min('occurrences.rendering').as('example'),
        eb.fn.countAll<number>().as('n'),
      ])
      .where('occurrences.term', '=', term)
      .groupBy(['documents.translation_kind', 'occurrences.rendering_key'])
      .execute(),
    index.db
      .selectFrom('evidence')
      .innerJoin('documents', 'documents.id', 'evidence.document_id')
      .select((eb) => ['documents.translation_kind as translation', 'evidence.rendering as rendering', eb.fn.countAll<number>().as('n')])
      .where('evidence.term', '=', term)
      .groupBy(['documents.translation_kind', 'evidence.rendering'])
      .execute(),
  ]);
  return [
    ...occurrences.map((r) => ({ translation: r.translation, key: r.key, example: r.example, count: Number(r.n) })),
    ...evidence.map((r) => ({ translation: r.translation, key: null, example: r.rendering, count: Number(r.n) })),
  ];
}

/** Documents' metadata by slug. */
export async function documentMetas(
  index: IndexDatabase,
  slugs: readonly string[],
): Promise<Map<string, { meta: DocumentMeta; kind: DocumentKind }>> {
  if (slugs.length === 0) return new Map();
  const rows = await index.db
    .selectFrom('documents')
    .select(['slug', 'meta', 'kind'])
    .where('slug', 'in', [...new Set(slugs)])
    .execute();
  return new Map(rows.map((r) => [r.slug, { meta: JSON.parse(r.meta) as DocumentMeta, kind: r.kind as DocumentKind }]));
}

/** Every document's slug and kind, in date order (for exports and whole-library term views). */
export async function documentList(index: IndexDatabase): Promise<Array<{ slug: string; kind: DocumentKind; meta: DocumentMeta }>> {
  const rows = await index.db.selectFrom('documents').select(['slug', 'kind', 'meta']).orderBy('date').orderBy('slug').execute();
  return rows.map((r) => ({ slug: r.slug, kind: r.kind as DocumentKind, meta: JSON.parse(r.meta) as DocumentMeta }));
}

// ---------------------------------------------------------------- search

/** The index query in SQLite FTS5's MATCH syntax. Terms hold letters and digits only (lib/search indexTerm). */
function fts5(query: TermQuery): string {
  if ('term' in query) return `"${query.term}"${query.prefix ? ' *' : ''}`;
  if ('phrase' in query) return `"${query.phrase.join(' ')}"`;
  if ('minus' in query) return `(${fts5(query.minus[0])}) NOT (${fts5(query.minus[1])})`;
  const parts = ('and' in query ? query.and : query.or).map(fts5);
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join('and' in query ? ' AND ' : ' OR ')})`;
}

/** The index query as a PostgreSQL tsquery, whose lexemes are taken as they stand; a phrase by position (<->). */
function tsquery(query: TermQuery): string {
  if ('term' in query) return `'${query.term}'${query.prefix ? ':*' : ''}`;
  if ('phrase' in query) return `(${query.phrase.map((term) => `'${term}'`).join(' <-> ')})`;
  if ('minus' in query) return `(${tsquery(query.minus[0])} & !${tsquery(query.minus[1])})`;
  const parts = ('and' in query ? query.and : query.or).map(tsquery);
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join('and' in query ? ' & ' : ' | ')})`;
}

const isEmpty = (query: TermQuery): boolean => {
  if ('term' in query) return query.term === '';
  if ('phrase' in query) return query.phrase.length === 0 || query.phrase.some((term) => term === '');
  if ('minus' in query) return isEmpty(query.minus[0]);
  return ('and' in query ? query.and : query.or).every(isEmpty);
};

/**
 * The library index as a search source: full-text candidates ranked and cut by the database, BM25 (SQLite FTS5)
 * or ts_rank (PostgreSQL), ties by bead id so pages follow each other.
 */
export function searchSource(index: IndexDatabase): SearchSource {
  return {
    async candidates(query, { limit, offset }) {
      if (isEmpty(query) || limit <= 0) return [];
      const rows =
        index.kind === 'sqlite'
          ? await sql<{
              id: number;
              score: number;
            }>`select rowid as id, -bm25(search_terms) as score from search_terms where search_terms match ${fts5(query)} order by rank, rowid limit ${limit} offset ${offset}`.execute(
              index.db,
            )
          : await sql<{
              id: number;
              score: number;
            }>`select bead_id as id, ts_rank(terms, q) as score from search_terms, cast(${tsquery(query)} as tsquery) q where terms @@ q order by score desc, bead_id limit ${limit} offset ${offset}`.execute(
              index.db,
            );
      return rows.rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
    },
    async count(query, upTo) {
      if (isEmpty(query) || upTo <= 0) return 0;
      // Counting stops at `upTo`: a common word's total costs no more than a rare one's beyond that.
      const result =
        index.kind === 'sqlite'
          ? await sql<{
              n: number;
            }>`select count(*) as n from (select rowid from search_terms where search_terms match ${fts5(query)} limit ${upTo})`.execute(
              index.db,
            )
          : await sql<{
              n: number;
            }>`select count(*) as n from (select 1 from search_terms where terms @@ cast(${tsquery(query)} as tsquery) limit ${upTo}) found`.execute(
              index.db,
            );
      return Number(result.rows[0]?.n ?? 0);
    },
    async beads(ids) {
      if (ids.length === 0) return new Map();
      const rows = await index.db
        .selectFrom('beads')
        .innerJoin('documents', 'documents.id', 'beads.document_id')
        .select(['beads.id', 'documents.slug', 'beads.idx', 'beads.zh_text', 'beads.en_text', 'beads.syllables'])
        .where('beads.id', 'in', [...ids])
        .execute();
      return new Map(
        rows.map((r): [number, StoredBead] => [
          r.id,
          {
            id: r.id,
            slug: r.slug,
            bead: r.idx,
            zh: r.zh_text,
            en: r.en_text,
            syllables: r.syllables === '' ? [] : r.syllables.split(' '),
          },
        ]),
      );
    },
  };
}

/** What a search result shows around a hit: its bead's paragraphs and sentence beads, and its term occurrences. */
export interface BeadContext {
  bead: Bead;
  /** Sentence beads of the bead, their texts left empty (offsets only). */
  sentences: SentenceBead[];
  /** UTF-16 lengths of the bead's paragraphs, by paragraph index. */
  lengths: { zh: number[]; en: number[] };
  occurrences: TermOccurrence[];
}

const offsetsOf = (json: string): Sentence[] =>
  (JSON.parse(json) as Array<[number, number, number]>).map(([paragraph, start, end]) => ({ paragraph, start, end, text: '' }));

/** Items by key, in their order (Map.groupBy, which Node 20 lacks). */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The contexts of beads by their row ids (see StoredBead.id). One statement per table for all the beads, not per
 * bead: on PostgreSQL each statement is a round trip, and 60 of them were a search page's largest cost.
 */
export async function beadContexts(index: IndexDatabase, ids: readonly number[]): Promise<Map<number, BeadContext>> {
  const contexts = new Map<number, BeadContext>();
  if (ids.length === 0) return contexts;
  const rows = await index.db
    .selectFrom('beads')
    .innerJoin('documents', 'documents.id', 'beads.document_id')
    .select(['beads.id', 'beads.document_id', 'beads.idx', 'beads.zh', 'beads.en', 'beads.confidence', 'beads.origin', 'documents.slug'])
    .where('beads.id', 'in', [...ids])
    .execute();
  if (rows.length === 0) return contexts;
  const beads = rows.map((row) => ({ row, bead: beadOf(row) }));
  const key = (documentId: number, bead: number) => `${documentId}:${bead}`;
  const [sentences, paragraphs, occurrences] = await Promise.all([
    index.db
      .selectFrom('sentence_beads')
      .selectAll()
      .where((eb) => eb.or(beads.map(({ row }) => eb.and([eb('document_id', '=', row.document_id), eb('bead', '=', row.idx)]))))
      .orderBy('document_id')
      .orderBy('bead')
      .orderBy('idx')
      .execute(),
    index.db
      .selectFrom('paragraphs')
      .select(['document_id', 'lang', 'idx', 'text'])
      .where((eb) =>
        eb.or(
          beads.flatMap(({ row, bead }) => [
            eb.and([eb('document_id', '=', row.document_id), eb('lang', '=', 'zh'), eb('idx', 'in', [-1, ...bead.zh])]),
            eb.and([eb('document_id', '=', row.document_id), eb('lang', '=', 'en'), eb('idx', 'in', [-1, ...bead.en])]),
          ]),
        ),
      )
      .execute(),
    index.db
      .selectFrom('occurrences')
      .selectAll()
      .where((eb) => eb.or(beads.map(({ row }) => eb.and([eb('document_id', '=', row.document_id), eb('bead', '=', row.idx)]))))
      .orderBy('document_id')
      .orderBy('bead')
      .orderBy('zh_paragraph')
      .orderBy('zh_start')
      .execute(),
  ]);
  const sentencesOfBead = groupBy(sentences, (s) => key(s.document_id, s.bead));
  const occurrencesOfBead = groupBy(occurrences, (o) => key(o.document_id, o.bead));
  const paragraphsOfDocument = groupBy(paragraphs, (p) => p.document_id);
  for (const { row, bead } of beads) {
    const lengths: BeadContext['lengths'] = { zh: [], en: [] };
    for (const p of paragraphsOfDocument.get(row.document_id) ?? []) {
      if ((p.lang === 'zh' ? bead.zh : bead.en).includes(p.idx)) lengths[p.lang][p.idx] = p.text.length;
    }
    contexts.set(row.id, {
      bead,
      sentences: (sentencesOfBead.get(key(row.document_id, row.idx)) ?? []).map((s) => ({
        zh: offsetsOf(s.zh),
        en: offsetsOf(s.en),
        confidence: s.confidence,
      })),
      lengths,
      occurrences: (occurrencesOfBead.get(key(row.document_id, row.idx)) ?? []).map((o) => occurrenceOf(row.slug, o)),
    });
  }
  return contexts;
}

/** The texts of some paragraphs, by `${documentId}:${lang}:${idx}`. */
export async function paragraphTexts(
  index: IndexDatabase,
  keys: ReadonlyArray<{ documentId: number; lang: 'zh' | 'en'; idx: number }>,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const byDocument = new Map<number, typeof keys>();
  for (const key of keys) byDocument.set(key.documentId, [...(byDocument.get(key.documentId) ?? []), key]);
  for (const [documentId, list] of byDocument) {
    const rows = await index.db
      .selectFrom('paragraphs')
      .select(['lang', 'idx', 'text'])
      .where('document_id', '=', documentId)
      .where('idx', 'in', [...new Set(list.map((k) => k.idx))])
      .execute();
    for (const row of rows) texts.set(`${documentId}:${row.lang}:${row.idx}`, row.text);
  }
  return texts;
}

/** The sentence beads (offsets only) of some beads, by `${documentId}:${bead}`. */
export async function beadSentences(
  index: IndexDatabase,
  keys: ReadonlyArray<{ documentId: number; bead: number }>,
): Promise<Map<string, SentenceBead[]>> {
  const sentences = new Map<string, SentenceBead[]>();
  const byDocument = new Map<number, Set<number>>();
  for (const key of keys) byDocument.set(key.documentId, (byDocument.get(key.documentId) ?? new Set()).add(key.bead));
  for (const [documentId, beads] of byDocument) {
    const rows = await index.db
      .selectFrom('sentence_beads')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('bead', 'in', [...beads])
      .orderBy('bead')
      .orderBy('idx')
      .execute();
    for (const row of rows) {
      const key = `${documentId}:${row.bead}`;
      sentences.set(key, [...(sentences.get(key) ?? []), { zh: offsetsOf(row.zh), en: offsetsOf(row.en), confidence: row.confidence }]);
    }
  }
  return sentences;
}

/** The English of some beads, by `${documentId}:${bead}`. */
export async function beadEnglish(
  index: IndexDatabase,
  keys: ReadonlyArray<{ documentId: number; bead: number }>,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const byDocument = new Map<number, Set<number>>();
  for (const key of keys) byDocument.set(key.documentId, (byDocument.get(key.documentId) ?? new Set()).add(key.bead));
  for (const [documentId, beads] of byDocument) {
    const rows = await index.db
      .selectFrom('beads')
      .select(['idx', 'en_text'])
      .where('document_id', '=', documentId)
      .where('idx', 'in', [...beads])
      .execute();
    for (const row of rows) texts.set(`${documentId}:${row.idx}`, row.en_text);
  }
  return texts;
}

/** How many beads hold each English phrase (index terms of consecutive words, see lib/search FIELD.en). */
export async function phraseFrequencies(index: IndexDatabase, phrases: ReadonlyArray<readonly string[]>): Promise<number[]> {
  const counts: number[] = [];
  for (const terms of phrases) {
    if (terms.length === 0) {
      counts.push(0);
      continue;
    }
    const result =
      index.kind === 'sqlite'
        ? await sql<{ n: number }>`select count(*) as n from search_terms where search_terms match ${`"${terms.join(' ')}"`}`.execute(
            index.db,
          )
        : await sql<{
            n: number;
          }>`select count(*) as n from search_terms where terms @@ cast(${terms.map((t) => `'${t}'`).join(' <-> ')} as tsquery)`.execute(
            index.db,
          );
    counts.push(Number(result.rows[0]?.n ?? 0));
  }
  return counts;
}

/** Per glossary term: its occurrences in the library and how many renderings they have. */
export async function termCounts(index: IndexDatabase): Promise<Map<string, { occurrences: number; renderings: number }>> {
  const rows = await index.db
    .selectFrom('occurrences')
    .select((eb) => ['term', eb.fn.countAll<number>().as('n'), eb.fn.count<number>('rendering_key').distinct().as('r')])
    .groupBy('term')
    .execute();
  return new Map(rows.map((r) => [r.term, { occurrences: Number(r.n), renderings: Number(r.r) }]));
}

/** The bilingual documents of the index one at a time, oldest first: exports stream them with flat memory. */
export async function* bilingualDocuments(index: IndexDatabase): AsyncGenerator<IndexedDocument> {
  const slugs = await index.db
    .selectFrom('documents')
    .select('slug')
    .where('kind', '=', 'bilingual')
    .orderBy('date')
    .orderBy('slug')
    .execute();
  for (const { slug } of slugs) {
    const doc = await indexedDocument(index, slug);
    if (doc) yield doc;
  }
}

/** Per term, rendering and document: how often the document renders the term that way. */
export async function renderingsByDocument(
  index: IndexDatabase,
): Promise<
  Array<{ term: string; key: string | null; example: string | null; slug: string; publication: string; date: string; count: number }>
> {
  const rows = await index.db
    .selectFrom('occurrences')
    .innerJoin('documents', 'documents.id', 'occurrences.document_id')
    .select((eb) => [
      'occurrences.term as term',
      'occurrences.rendering_key as key',
      eb.fn.min('occurrences.rendering').as('example'),
      'documents.slug as slug',
      'documents.meta as meta',
      'documents.date as date',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['occurrences.term', 'occurrences.rendering_key', 'documents.slug', 'documents.meta', 'documents.date'])
    // A full order, the same on both databases (SQLite puts nulls first, PostgreSQL last unless told).
    .orderBy('documents.date')
    .orderBy('documents.slug')
    .orderBy('occurrences.term')
    .orderBy('occurrences.rendering_key', (ob) => ob.asc().nullsFirst())
    .execute();
  return rows.map((r) => ({
    term: r.term,
    key: r.key,
    example: r.example,
    slug: r.slug,
    publication: (JSON.parse(r.meta) as DocumentMeta).publication,
    date: r.date,
    count: Number(r.n),
  }));
}

/** Per term, rendering as it stands and English-only document: how often the document uses that rendering. */
export async function evidenceByDocument(
  index: IndexDatabase,
): Promise<Array<{ term: string; rendering: string; slug: string; publication: string; date: string; count: number }>> {
  const rows = await index.db
    .selectFrom('evidence')
    .innerJoin('documents', 'documents.id', 'evidence.document_id')
    .select((eb) => [
      'evidence.term as term',
      'evidence.rendering as rendering',
      'documents.slug as slug',
      'documents.meta as meta',
      'documents.date as date',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['evidence.term', 'evidence.rendering', 'documents.slug', 'documents.meta', 'documents.date'])
    .orderBy('documents.date')
    .orderBy('documents.slug')
    .orderBy('evidence.term')
    .orderBy('evidence.rendering')
    .execute();
  return rows.map((r) => ({
    term: r.term,
    rendering: r.rendering,
    slug: r.slug,
    publication: (JSON.parse(r.meta) as DocumentMeta).publication,
    date: r.date,
    count: Number(r.n),
  }));
}

/**
 * The bilingual documents of the index whose English is a translation of `translation` (every one without), oldest
 * first and one at a time, as bilingualDocuments: the library-wide notes and review report restricted to one kind.
 */
export async function* bilingualDocumentsOf(index: IndexDatabase, translation?: TranslationKind): AsyncGenerator<IndexedDocument> {
  let query = index.db.selectFrom('documents').select('slug').where('kind', '=', 'bilingual');
  if (translation) query = query.where('translation_kind', '=', translation);
  for (const { slug } of await query.orderBy('date').orderBy('slug').execute()) {
    const doc = await indexedDocument(index, slug);
    if (doc) yield doc;
  }
}

/** A bilingual document as the review report lists it: no text, only what its heading and its notes need. */
export interface ReportDocumentRow {
  slug: string;
  meta: DocumentMeta;
  /** How many notes the index holds for it (the project glossary's). */
  notes: number;
}

/** Bilingual documents of `translation` (every kind without); `withNotes` keeps those the index holds notes for. */
function reportDocumentsQuery(index: IndexDatabase, translation: TranslationKind | undefined, withNotes: boolean) {
  let query = index.db.selectFrom('documents').where('kind', '=', 'bilingual');
  if (translation) query = query.where('translation_kind', '=', translation);
  if (withNotes) query = query.where('notes', '>', 0);
  return query;
}

/** How many documents the review report lists and how many notes they hold, counted by the index, not read. */
export async function reportTotals(
  index: IndexDatabase,
  { translation, withNotes }: { translation?: TranslationKind | undefined; withNotes: boolean },
): Promise<{ documents: number; notes: number }> {
  const row = await reportDocumentsQuery(index, translation, withNotes)
    .select((eb) => [eb.fn.countAll<number>().as('documents'), eb.fn.sum<number>('notes').as('notes')])
    .executeTakeFirstOrThrow();
  return { documents: Number(row.documents), notes: Number(row.notes ?? 0) };
}

/** One page of the review report's documents, oldest first (see reportTotals); `slugs` keeps those named. */
export async function reportDocuments(
  index: IndexDatabase,
  options: { translation?: TranslationKind | undefined; withNotes: boolean; offset: number; limit: number; slugs?: readonly string[] },
): Promise<ReportDocumentRow[]> {
  const { translation, withNotes, offset, limit, slugs } = options;
  if (slugs?.length === 0) return [];
  let query = reportDocumentsQuery(index, translation, withNotes);
  if (slugs) query = query.where('slug', 'in', slugs);
  const rows = await query.select(['slug', 'meta', 'notes']).orderBy('date').orderBy('slug').offset(offset).limit(limit).execute();
  return rows.map((row) => ({ slug: row.slug, meta: JSON.parse(row.meta) as DocumentMeta, notes: row.notes }));
}

/** A document's notes as the index holds them, in the analysis's order, from its notes rows alone. */
export async function indexedNotes(index: IndexDatabase, slug: string): Promise<CheckNote[]> {
  const rows = await index.db
    .selectFrom('notes')
    .innerJoin('documents', 'documents.id', 'notes.document_id')
    .select('notes.body as body')
    .where('documents.slug', '=', slug)
    .orderBy('notes.idx')
    .execute();
  return rows.map((row) => JSON.parse(row.body) as CheckNote);
}

/** How many notes of one document share a kind, a term and a rendering as it stands (null for none or a number). */
export interface NoteTally {
  slug: string;
  kind: NoteKind;
  term: string;
  rendering: string | null;
  count: number;
}

/**
 * The notes about any of `terms` (a number note's term is the number) in bilingual documents of `translation`,
 * counted by document, kind and rendering in the database: what review decisions on those terms can reach, without
 * reading the notes themselves.
 */
export async function noteTally(index: IndexDatabase, terms: readonly string[], translation?: TranslationKind): Promise<NoteTally[]> {
  if (terms.length === 0) return [];
  const rendering =
    index.kind === 'postgres'
      ? sql<string | null>`(notes.body::json ->> 'rendering')`
      : sql<string | null>`json_extract(notes.body, '$.rendering')`;
  let query = index.db
    .selectFrom('notes')
    .innerJoin('documents', 'documents.id', 'notes.document_id')
    .select((eb) => [
      'documents.slug as slug',
      'notes.kind as kind',
      'notes.term as term',
      rendering.as('rendering'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('documents.kind', '=', 'bilingual')
    .where('notes.term', 'in', [...new Set(terms)]);
  if (translation) query = query.where('documents.translation_kind', '=', translation);
  const rows = await query.groupBy(['documents.slug', 'notes.kind', 'notes.term', rendering]).execute();
  return rows.map((row) => ({
    slug: row.slug,
    kind: row.kind as NoteKind,
    term: row.term,
    rendering: row.rendering,
    count: Number(row.n),
  }));
}
