import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";

// NUMERIC/BIGINT come back as strings by default; money is bigint Rupiah within 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export type Db = NodePgDatabase<Record<string, never>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Database = { pool: pg.Pool; db: Db; url: string; close: () => Promise<void> };

/** Region scope a transaction runs under: a dotted code prefix, or "*" for the whole country. */
export type Scope = string;

export const APP_ROLE = "sinergi_app";

/** `name` becomes the sessions' application_name: `sinergi-server` marks a running server. */
export function openDatabase(url: string, opts: { max?: number; name?: string } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 20,
    application_name: opts.name ?? "sinergi",
  });
  pool.on("error", () => {
    // idle client errors (server restart) are surfaced on the next query
  });
  // A connection the server terminates (shutdown, restart) must fail its query, not crash the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzle(pool) as Db;
  return { pool, db, url, close: () => pool.end() };
}

/**
 * Runs `fn` in one transaction as the non-superuser application role with the given scope, so
 * PostgreSQL row-level security repeats the service layer's scope check.
 */
export async function inScope<T>(database: Database, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('sinergi.scope', ${scope}, true)`,
    );
    return fn(tx);
  });
}
