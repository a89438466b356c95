// Fills the aid bench's register by copying another bench database's register (COPY through psql),
// e.g. the 1,000,000 rows of bench/registry, instead of generating them again. Secondary indexes are
// dropped during the copy and rebuilt after.
import type { Database } from "../../src/server/platform/db/pool";
import { copyTable, dropRegisterIndexes, rebuildRegisterIndexes } from "../lib/bulk-load";

export async function copyRegister(
  database: Database,
  o: { fromUrl: string; toUrl: string },
): Promise<number> {
  const started = performance.now();
  const indexDefs = await dropRegisterIndexes(database);
  await copyTable(o.fromUrl, o.toUrl, "registry.persons");
  await copyTable(o.fromUrl, o.toUrl, "registry.businesses");
  await rebuildRegisterIndexes(database, indexDefs);
  return performance.now() - started;
}
