import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-db";
import type { Database } from "./pool";
import { findSqlSources, functionsDefinedIn } from "./sql-sources";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const SOURCES = findSqlSources(ROOT);
const read = (rel: string) => readFileSync(path.join(ROOT, rel), "utf8");

/** pg_get_functiondef of every overload of each function, in a stable order. */
async function definitions(database: Database, names: readonly string[]): Promise<string[]> {
  const { rows } = await database.pool.query<{ def: string }>(
    `select pg_get_functiondef(p.oid) as def from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname || '.' || p.proname = any($1) order by n.nspname, p.proname, p.oid`,
    [names],
  );
  return rows.map((r) => r.def);
}

describe("SQL functions have one live source file", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });

  it("finds the source files", () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(SOURCES)("the migrated database runs exactly %s", async (file) => {
    const text = read(file);
    const names = functionsDefinedIn(text);
    expect(names.length).toBeGreaterThan(0);
    const migrated = await definitions(database, names);
    expect(migrated.length).toBe(names.length);
    await database.pool.query(text);
    expect(await definitions(database, names)).toEqual(migrated);
  });

  it("every function a migration defines has exactly one source file", () => {
    const owners = SOURCES.flatMap((f) => functionsDefinedIn(read(f)));
    expect(new Set(owners).size).toBe(owners.length);
    const migrations = readdirSync(path.join(ROOT, "drizzle")).filter((f) => f.endsWith(".sql"));
    const migrated = new Set(migrations.flatMap((f) => functionsDefinedIn(read(`drizzle/${f}`))));
    expect([...migrated].filter((f) => !owners.includes(f))).toEqual([]);
  });

  it("notices a source that differs from what the database runs", async () => {
    const file = SOURCES.find((f) => f.endsWith("/in-scope.sql")) ?? "";
    const text = read(file);
    const names = functionsDefinedIn(text);
    const before = await definitions(database, names);
    await database.pool.query(text.replace("SELECT CASE", "SELECT /* changed */ CASE"));
    expect(await definitions(database, names)).not.toEqual(before);
    await database.pool.query(text);
    expect(await definitions(database, names)).toEqual(before);
  });
});
