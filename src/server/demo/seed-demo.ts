import { createUser, systemCtx } from "../modules/access";
import { seedAidDemo } from "../modules/aid";
import { seedLinkageDemo } from "../modules/linkage";
import { seedMarketDemo } from "../modules/market";
import { seedRegistryDemo } from "../modules/registry";
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
  const registry = await seedRegistryDemo(database);
  log.info(registry, "registry demo ready");
  const linkage = await seedLinkageDemo(database);
  log.info(linkage, "linkage demo ready");
  const market = await seedMarketDemo(database);
  log.info(market, "market demo ready");
  if (!opts.deferAid) await seedDeferredDemo(database, opts);
}

/**
 * The aid demo (a 5,000-item BPUM proposal with its checks) is the slowest part: `npm start` runs it
 * after the server listens, so the login page is up within seconds.
 */
export async function seedDeferredDemo(database: Database, opts: { password: string }): Promise<void> {
  const aid = await seedAidDemo(database, { password: opts.password });
  log.info(aid, "aid demo ready");
}
