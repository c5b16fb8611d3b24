// Indexes of the unit tests on either database: SQLite files by default, PostgreSQL when DATABASE_URL is a
// postgres:// address (`npm run test:pg` starts a throwaway server and sets it).
import path from 'node:path';
import pg from 'pg';
import { openIndex, type IndexDatabase } from '../../lib/db';

/** The PostgreSQL server the tests run against, if any. */
export function postgresUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && /^postgres(?:ql)?:\/\//u.test(url) ? url : undefined;
}

let created = 0;

/**
 * A fresh, empty index for one test: the SQLite file `index.sqlite` in `dir`, or a new database on the PostgreSQL
 * server, dropped again when the index is closed (tests run in parallel, so each needs its own).
 */
export async function openTempIndex(dir: string): Promise<IndexDatabase> {
  const url = postgresUrl();
  if (!url) return openIndex({ file: path.join(dir, 'index.sqlite') });
  const name = `qp_test_${process.pid}_${++created}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const address = new URL(url);
  address.pathname = `/${name}`;
  const index = await openIndex({ url: address.toString(), file: '' });
  return {
    ...index,
    async close() {
      await index.close();
      await admin(`drop database ${name}`);
    },
  };
}
