// The aid benchmark's database: a fresh `sinergi_bench_aid` on the PostgreSQL server named by
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), migrated like the app's.
import pg from "pg";
import { prepareDatabase } from "../../src/server/bootstrap";
import { type Database, openDatabase } from "../../src/server/platform/db/pool";

export const BENCH_DB = "sinergi_bench_aid";

export async function openAidBenchDatabase(opts: {
  reuse: boolean;
}): Promise<{ database: Database; existing: boolean }> {
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
  const u = new URL(server);
  u.pathname = `/${BENCH_DB}`;
  const database = openDatabase(u.toString(), { max: 6 });
  await prepareDatabase(database, { seedDemo: false });
  return { database, existing };
}
