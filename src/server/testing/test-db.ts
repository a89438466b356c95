import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { type Database, openDatabase } from "../platform/db/pool";
import { adminUrl, databaseUrl } from "./urls";

/**
 * A fresh database for one test file, cloned from the migrated template (regions loaded, no demo).
 * Dropped after the file's tests.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = inject("pgServerUrl");
  const template = inject("pgTemplate");
  const name = `${template.replace(/tpl$/, "")}${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl(serverUrl) });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = openDatabase(databaseUrl(serverUrl, name), { max: 10 });
  afterAll(async () => {
    await database.close();
    const a = new pg.Client({ connectionString: adminUrl(serverUrl) });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await a.end();
  });
  return database;
}
