import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { seedRegistryDemo } from "../../registry";
import { seedLinkageDemo } from "./seed-linkage-demo";

const database = await createTestDatabase();
await seedRegistryDemo(database, { kalteng: 600, dharmasraya: 0, babel: 0 });

describe("linkage demo", () => {
  it("plants duplicates the dedup run finds, links the DTKS list, and is idempotent", async () => {
    const first = await seedLinkageDemo(database);
    expect(first).toMatchObject({ skipped: false, duplicates: 6 });
    expect(first.listRows).toBeGreaterThan(40);
    // Each planted duplicate must surface as a pair with its original (match or review).
    const found = await database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from linkage.pairs p
      join registry.record_sources s on s.entity_type = 'business' and s.kind = 'field'
        and (s.entity_id = p.record_a or s.entity_id = p.record_b)
      where s.note like 'Pendataan lapangan oleh pendamping%'`);
    expect(found.rows[0]?.n).toBeGreaterThanOrEqual(5);
    const decisions = await database.db.execute<{ decision: string; n: number }>(sql`
      select decision, count(*)::int as n from linkage.list_rows group by decision`);
    const by = Object.fromEntries(decisions.rows.map((r) => [r.decision, r.n]));
    expect(by.match ?? 0).toBeGreaterThanOrEqual(20);
    expect(by.none ?? 0).toBeGreaterThanOrEqual(12);
    // Rows with a misspelt name and only the district are the "to check" part of the irisan.
    expect(by.review ?? 0).toBeGreaterThanOrEqual(3);
    const again = await seedLinkageDemo(database);
    expect(again.skipped).toBe(true);
  });
});
