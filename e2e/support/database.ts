// Where the app under test keeps its data: a fresh embedded-PostgreSQL data directory by default,
// or a fresh database on an external server when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TestDatabase = { env: Record<string, string>; describe: string; dispose: () => Promise<void> };

async function embedded(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "sinergi-e2e-"));
  // Run as root, the app starts PostgreSQL as the `postgres` user, which must reach the cluster.
  await chmod(dataDir, 0o755);
  return {
    env: { DATA_DIR: dataDir },
    describe: `embedded PostgreSQL in ${dataDir}`,
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function external(adminUrl: string): Promise<TestDatabase> {
  const name = `sinergi_e2e_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    describe: `database ${name} on ${url.host}`,
    dispose: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

export function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? external(url) : embedded();
}
