import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Env } from "../env";
import { log } from "../log";
import { attachEmbedded, startEmbedded } from "./embedded";
import { acquireLock, currentOwner, releaseLock } from "./lock";
import { type Database, openDatabase } from "./pool";

export type Connection = { database: Database; embedded: boolean; close: () => Promise<void> };

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in DATA_DIR. The server owns the data
 * dir; a CLI command attaches to the running cluster, or starts it for the length of the command.
 */
export async function connect(
  env: Env,
  opts: { role: "server" | "cli"; poolSize?: number },
): Promise<Connection> {
  if (env.DATABASE_URL) {
    const database = openDatabase(env.DATABASE_URL, {
      max: opts.poolSize ?? 20,
      name: `sinergi-${opts.role}`,
    });
    return { database, embedded: false, close: () => database.close() };
  }
  const dataDir = path.resolve(env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  if (opts.role === "cli") {
    const url = currentOwner(dataDir) ? attachEmbedded(dataDir) : undefined;
    if (url) {
      const database = openDatabase(url, { max: opts.poolSize ?? 4, name: `sinergi-${opts.role}` });
      return { database, embedded: true, close: () => database.close() };
    }
  }
  acquireLock(dataDir);
  try {
    const started = Date.now();
    const server = await startEmbedded({
      dataDir,
      ...(env.EMBEDDED_PG_PORT ? { port: env.EMBEDDED_PG_PORT } : {}),
    });
    log.info({ ms: Date.now() - started, dataDir }, "embedded PostgreSQL started");
    const database = openDatabase(server.url, { max: opts.poolSize ?? 20, name: `sinergi-${opts.role}` });
    return {
      database,
      embedded: true,
      close: async () => {
        await database.close().catch(() => {});
        await server.stop();
        releaseLock(dataDir);
      },
    };
  } catch (err) {
    releaseLock(dataDir);
    throw err;
  }
}
