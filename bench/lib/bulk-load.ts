// Loading a bench database in bulk: rows in large JSON batches or straight through COPY, with the
// register's secondary indexes and owner key dropped while it fills and rebuilt after (building an
// index once is far cheaper than keeping it up to date row by row).
import { spawn } from "node:child_process";
import { sql } from "drizzle-orm";
import type { Database } from "../../src/server/platform/db/pool";

const REGISTER_TABLES = ["persons", "businesses"];
const OWNER_KEY = "businesses_owner_id_persons_id_fk";

/** Drops the register's secondary indexes and owner key; returns the index definitions to rebuild. */
export async function dropRegisterIndexes(database: Database): Promise<string[]> {
  const defs = await database.pool.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = 'registry' and tablename = any($1) and indexname not like '%_pkey'`,
    [REGISTER_TABLES],
  );
  await database.pool.query(`alter table registry.businesses drop constraint if exists ${OWNER_KEY}`);
  for (const d of defs.rows) await database.pool.query(`drop index registry.${d.indexname}`);
  return defs.rows.map((d) => d.indexdef);
}

/** Rebuilds what dropRegisterIndexes dropped, then vacuums and analyses the register. */
export async function rebuildRegisterIndexes(
  database: Database,
  indexDefs: readonly string[],
): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query("set maintenance_work_mem = '512MB'");
    for (const def of indexDefs) await client.query(def);
    await client.query(
      `alter table registry.businesses add constraint ${OWNER_KEY} foreign key (owner_id) references registry.persons(id) on delete restrict`,
    );
    for (const table of REGISTER_TABLES) await client.query(`vacuum analyze registry.${table}`);
  } finally {
    client.release();
  }
}

/** Inserts rows (one JSON parameter) into a schema-qualified table; nothing when there are none. */
export async function insertJsonRows(
  database: Database,
  table: string,
  rows: readonly object[],
): Promise<void> {
  // Only the columns the rows carry: generated columns (a business's province code) refuse values.
  const columns = Object.keys(rows[0] ?? {})
    .map((c) => `"${c}"`)
    .join(", ");
  if (columns === "") return;
  await database.db.execute(
    sql`insert into ${sql.raw(table)} (${sql.raw(columns)}) select ${sql.raw(columns)} from json_populate_recordset(null::${sql.raw(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

/** Streams a table from one database into the same table of another (COPY through two psql). */
export function copyTable(fromUrl: string, toUrl: string, table: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = spawn("psql", [fromUrl, "-Atc", `copy ${table} to stdout`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const into = spawn("psql", [toUrl, "-Atc", `copy ${table} from stdin`], {
      stdio: ["pipe", "ignore", "inherit"],
    });
    out.stdout.pipe(into.stdin);
    into.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`copy ${table} failed: ${code}`))));
    out.on("error", reject);
    into.on("error", reject);
  });
}
