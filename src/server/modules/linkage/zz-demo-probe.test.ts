import { sql } from "drizzle-orm";
import { it } from "vitest";
import { createTestDatabase } from "../../testing/test-db";
import { seedRegistryDemo } from "../registry";
import { seedLinkageDemo } from "./seed-linkage-demo";
import { refreshKeysInRegion } from "./refresh-keys";
import { systemCtx } from "../access";

const database = await createTestDatabase();
it("probe", async () => {
  const t0 = performance.now();
  await seedRegistryDemo(database, {});
  const t1 = performance.now();
  const r = await seedLinkageDemo(database);
  const t2 = performance.now();
  const r2 = await refreshKeysInRegion(systemCtx(database, "x"), "62");
  console.log("refresh 62 ms", performance.now() - t2, r2);
  console.log("registry ms", t1 - t0, r);
  const pairs = await database.db.execute(sql`select p.decision, round(p.probability::numeric,3) as p, p.explanation->'contributions' as c, a.name as an, b.name as bn, ba.name as ban, bb.name as bbn from linkage.pairs p join registry.businesses ba on ba.id=p.record_a join registry.businesses bb on bb.id=p.record_b join registry.persons a on a.id=ba.owner_id join registry.persons b on b.id=bb.owner_id`);
  for (const row of pairs.rows) console.log(JSON.stringify(row).slice(0, 100));
  const d = await database.db.execute(sql`select decision, count(*) from linkage.list_rows group by decision`);
  console.log(d.rows);
  const runs = await database.db.execute(sql`select kind, stats from linkage.runs`);
  console.log(JSON.stringify(runs.rows));
});
