// A benchmark's own database on the PostgreSQL server named by DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres): made fresh, or with `reuse` kept when it exists,
// and migrated like the app's.
import pg from "pg";
import { prepareDatabase } from "../../src/server/bootstrap";
import { type Database, openDatabase } from "../../src/server/platform/db/pool";

const SERVER = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The address of the named database on the bench server. */
export function benchDatabaseUrl(name: string): string {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates (or, with `reuse`, keeps) the named database and brings it to the current schema. */
export async function openBenchDatabase(
  name: string,
  o: { reuse: boolean; max: number },
): Promise<{ database: Database; url: string; existing: boolean }> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
  const existing = found.rows.length > 0 && o.reuse;
  if (!existing) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  const url = benchDatabaseUrl(name);
  const database = openDatabase(url, { max: o.max });
  await prepareDatabase(database, { seedDemo: false });
  return { database, url, existing };
}
