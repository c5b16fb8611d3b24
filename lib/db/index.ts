import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { IndexSchema } from './schema';

export type { IndexSchema } from './schema';
export { sql } from 'kysely';

export type DatabaseKind = 'sqlite' | 'postgres';

/** An open library index: the query builder and which database is behind it. */
export interface IndexDatabase {
  db: Kysely<IndexSchema>;
  kind: DatabaseKind;
  /** Where it is, for messages: the SQLite file, or the PostgreSQL address without its password. */
  location: string;
  close(): Promise<void>;
}

/**
 * Bumped whenever the tables change: an index written by another schema is dropped and rebuilt, since
 * everything in it is derived from the folders.
 */
export const SCHEMA_VERSION = '6';

/** The embedded index's file inside the library folder (hidden, so never taken for a document). */
export const INDEX_FILE = path.join('.index', 'library.sqlite');

const isPostgresUrl = (url: string) => /^postgres(?:ql)?:\/\//u.test(url);

/**
 * Opens the library index: PostgreSQL when `url` is a postgres:// address (DATABASE_URL), else the SQLite file
 * `file`, created with its folder when missing. The tables are created, or rebuilt empty when they belong to
 * another SCHEMA_VERSION.
 */
export async function openIndex({ url, file }: { url?: string | undefined; file: string }): Promise<IndexDatabase> {
  const index = url && isPostgresUrl(url) ? openPostgres(url) : openSqlite(file);
  await ensureSchema(index);
  return index;
}

function openSqlite(file: string): IndexDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers go on while the indexer writes; NORMAL is durable enough for data that can be rebuilt.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<IndexSchema>({ dialect: new SqliteDialect({ database }) });
  return { db, kind: 'sqlite', location: file, close: () => db.destroy() };
}

function openPostgres(url: string): IndexDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const db = new Kysely<IndexSchema>({ dialect: new PostgresDialect({ pool }) });
  const location = url.replace(/\/\/([^:@/]+):[^@/]*@/u, '//$1:***@');
  return { db, kind: 'postgres', location, close: () => db.destroy() };
}

const TABLES = [
  'search_terms',
  'failures',
  'evidence',
  'notes',
  'occurrences',
  'sentence_beads',
  'beads',
  'paragraphs',
  'documents',
  'settings',
] as const;

async function ensureSchema({ db, kind }: IndexDatabase): Promise<void> {
  await db.schema
    .createTable('settings')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  const version = await db.selectFrom('settings').select('value').where('key', '=', 'schema').executeTakeFirst();
  if (version?.value === SCHEMA_VERSION) return;
  await db.transaction().execute(async (trx) => {
    for (const table of TABLES) await sql`drop table if exists ${sql.table(table)}`.execute(trx);
    await createTables(trx, kind);
    await trx.insertInto('settings').values({ key: 'schema', value: SCHEMA_VERSION }).execute();
  });
}

async function createTables(db: Kysely<IndexSchema>, kind: DatabaseKind): Promise<void> {
  // 'double precision' is SQLite's REAL and PostgreSQL's float8 (its 'real' is float4, which would round confidences).
  const id = kind === 'postgres' ? 'serial' : 'integer';
  const references = 'documents.id';
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('documents')
    .addColumn('id', id, (c) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text')
    .addColumn('translation_kind', 'text', (c) => c.notNull())
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('zh_paragraphs', 'integer', (c) => c.notNull())
    .addColumn('en_paragraphs', 'integer', (c) => c.notNull())
    .addColumn('bead_count', 'integer', (c) => c.notNull())
    .addColumn('omissions', 'integer', (c) => c.notNull())
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .addColumn('checked', 'integer', (c) => c.notNull())
    .addColumn('given_by_file', 'integer', (c) => c.notNull())
    .addColumn('notes', 'integer', (c) => c.notNull())
    .addColumn('units', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_by_date').on('documents').columns(['date', 'slug']).execute();
  const byDocument = (table: keyof IndexSchema, columns: string[]) =>
    db.schema.createIndex(`${table}_by_document`).on(table).columns(columns).execute();

  await db.schema
    .createTable('paragraphs')
    .addColumn('document_id', 'integer', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('words', 'text')
    .addPrimaryKeyConstraint('paragraphs_key', ['document_id', 'lang', 'idx'])
    .execute();
  await db.schema
    .createTable('beads')
    .addColumn('id', id, (c) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('document_id', 'integer', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('zh_text', 'text', (c) => c.notNull())
    .addColumn('en_text', 'text', (c) => c.notNull())
    .addColumn('syllables', 'text', (c) => c.notNull())
    .execute();
  await byDocument('beads', ['document_id', 'idx']);
  await db.schema
    .createTable('sentence_beads')
    .addColumn('document_id', 'integer', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('bead', 'integer', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('sentence_beads_key', ['document_id', 'bead', 'idx'])
    .execute();
  await db.schema
    .createTable('occurrences')
    .addColumn('document_id', 'integer', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('bead', 'integer', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('zh_paragraph', 'integer', (c) => c.notNull())
    .addColumn('zh_start', 'integer', (c) => c.notNull())
    .addColumn('zh_end', 'integer', (c) => c.notNull())
    .addColumn('en_paragraph', 'integer')
    .addColumn('en_start', 'integer')
    .addColumn('en_end', 'integer')
    .addColumn('rendering', 'text')
    .addColumn('rendering_key', 'text')
    .execute();
  await byDocument('occurrences', ['document_id', 'bead']);
  await db.schema.createIndex('occurrences_by_term').on('occurrences').columns(['term', 'rendering_key']).execute();
  await db.schema
    .createTable('notes')
    .addColumn('document_id', 'integer', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('bead', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await byDocument('notes', ['document_id', 'idx']);
  await db.schema
    .createTable('evidence')
    .addColumn('document_id', 'integer', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('paragraph', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('rendering', 'text', (c) => c.notNull())
    .execute();
  await byDocument('evidence', ['document_id', 'idx']);
  await db.schema.createIndex('evidence_by_term').on('evidence').column('term').execute();
  await db.schema
    .createTable('failures')
    .addColumn('folder', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();
  // The search index: one row of index terms per bead (lib/search beadTerms), by the bead's id.
  if (kind === 'sqlite') {
    await sql`create virtual table search_terms using fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(
      db,
    );
  } else {
    await sql`create table search_terms (bead_id integer primary key references beads(id) on delete cascade, terms tsvector not null)`.execute(
      db,
    );
    // No pending list (fastupdate): every search scans all of it, and after a reindex up to 4 MB of it is left
    // until autovacuum merges it; at 1,000 documents that made a ranked search 6 times slower (91 ms, not 15).
    await sql`create index search_terms_gin on search_terms using gin (terms) with (fastupdate = off)`.execute(db);
  }
}
