import { ensureRegions } from "./modules/regions";
import { migrateDatabase } from "./platform/db/migrate";
import type { Database } from "./platform/db/pool";
import { log } from "./platform/log";

/** Brings a database to the current schema and reference data; optionally seeds the demo. */
export async function prepareDatabase(
  database: Database,
  opts: { seedDemo: boolean; demoPassword?: string; deferAid?: boolean },
): Promise<void> {
  await migrateDatabase(database);
  const loaded = await ensureRegions(database);
  if (loaded > 0) log.info({ regions: loaded }, "region tree loaded from idn-area-data");
  if (opts.seedDemo) {
    const { seedDemo } = await import("./demo/seed-demo");
    await seedDemo(database, {
      password: opts.demoPassword ?? "sinergi-demo-2020",
      deferAid: opts.deferAid ?? false,
    });
  }
}
