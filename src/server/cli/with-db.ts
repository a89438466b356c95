import { prepareDatabase } from "../bootstrap";
import { connect } from "../platform/db/connect";
import type { Database } from "../platform/db/pool";
import { loadEnv } from "../platform/env";

/** Runs a CLI command against the configured database (attaching to a running server if any). */
export async function withDatabase<T>(
  fn: (db: Database) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const env = loadEnv();
  const conn = await connect(env, { role: "cli" });
  try {
    if (opts.migrate !== false) await prepareDatabase(conn.database, { seedDemo: false });
    return await fn(conn.database);
  } finally {
    await conn.close();
  }
}
