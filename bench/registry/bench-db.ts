// The benchmark's database: a fresh `sinergi_bench_registry` on the PostgreSQL server named by
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), migrated like the app's.
import pg from "pg";
import { prepareDatabase } from "../../src/server/bootstrap";
import { type Database, openDatabase } from "../../src/server/platform/db/pool";

export const BENCH_DB = "sinergi_bench_registry";

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates (or, with `reuse`, keeps) the bench database and brings it to the current schema. */
export async function openBenchDatabase(opts: {
  reuse: boolean;
}): Promise<{ database: Database; url: string; existing: boolean }> {
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const found = await admin.query("select 1 from pg_database where datname = $1", [BENCH_DB]);
  const existing = found.rows.length > 0 && opts.reuse;
  if (!existing) {
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.query(`create database ${BENCH_DB}`);
  }
  await admin.end();
  const url = withDatabase(server, BENCH_DB);
  const database = openDatabase(url, { max: 6 });
  await prepareDatabase(database, { seedDemo: false });
  return { database, url, existing };
}
