import { SERVER_MODULES } from "../modules";
import { createUser, systemCtx } from "../modules/access";
import type { Database } from "../platform/db/pool";
import { AppError } from "../platform/errors";
import { log } from "../platform/log";
import { DEMO_USERS } from "./demo-users";

/** Seeds the demo for the seed scenarios. Each module's demo part is idempotent. */
export async function seedDemo(
  database: Database,
  opts: { password: string; usersOnly?: boolean; deferAid?: boolean },
): Promise<void> {
  const ctx = systemCtx(database, "demo");
  let created = 0;
  for (const u of DEMO_USERS) {
    try {
      await createUser({ ctx, input: { ...u, password: opts.password } });
      created += 1;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "USERNAME_TAKEN")) throw err;
    }
  }
  log.info({ created }, "demo users ready");
  if (opts.usersOnly) return;
  await seedParts(database, opts, false);
  if (!opts.deferAid) await seedDeferredDemo(database, opts);
}

/**
 * The deferred parts (the aid demo: a 5,000-item BPUM proposal with its checks) are the slowest:
 * `npm start` runs them after the server listens, so the login page is up within seconds.
 */
export async function seedDeferredDemo(database: Database, opts: { password: string }): Promise<void> {
  await seedParts(database, opts, true);
}

/** The modules' demo parts in list order, either the immediate or the deferred ones. */
async function seedParts(database: Database, opts: { password: string }, deferred: boolean): Promise<void> {
  for (const m of SERVER_MODULES) {
    if (!m.demo || Boolean(m.demo.deferred) !== deferred) continue;
    const result = await m.demo.seed(database, { password: opts.password });
    log.info(result, `${m.name} demo ready`);
  }
}
