// The list's total on more than a thousand matches: the head of office reads the exact number,
// not the planner's estimate (an estimate is only allowed from a million rows up, and said so).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { type Ctx, systemCtx } from "../../access";
import { listBusinesses } from "./list-businesses";

const database = await createTestDatabase();
const system = systemCtx(database, "test");
const pimpinan: Ctx = {
  ...system,
  actor: {
    kind: "user",
    userId: "00000000-0000-7000-8000-000000000009",
    username: "pimpinan.uji",
    role: "pimpinan",
    scope: "62",
    businessId: null,
  },
};

// 3,080 businesses in province 62, every other one affected; 40 outside it.
async function seed(n: number, village: string): Promise<void> {
  await database.db.execute(sql`
    with p as (
      insert into registry.persons (id, region_code, nik, name, name_norm)
      select gen_random_uuid(), ${village}, lpad((6271010000000000 + g)::text, 16, '0'), 'Orang ' || g, 'orang ' || g
      from generate_series(1, ${n}) g
      returning id, name
    )
    insert into registry.businesses (id, region_code, owner_id, name, name_norm, sector, source_kind, affected)
    select gen_random_uuid(), ${village}, p.id, 'Usaha ' || p.name, 'usaha ' || p.name, 'kuliner', 'form',
      (row_number() over ()) % 2 = 0
    from p`);
  await database.db.execute(sql`analyze registry.businesses`);
}
await seed(3_080, "62.71.01.1003");
await seed(40, "13.10.01.2001");

const count = async (where: ReturnType<typeof sql>) =>
  Number(
    (
      await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from registry.businesses where ${where}`,
      )
    ).rows[0]?.n,
  );

describe("list totals above a thousand rows", () => {
  it("gives the province's exact number of businesses", async () => {
    const out = await listBusinesses({ ctx: pimpinan, query: { limit: 50, offset: 0 } });
    expect(out.total).toBe(await count(sql`region_code like '62.%'`));
    expect(out.total).toBe(3_080);
    expect(out.totalIsEstimate).toBe(false);
  });

  it("gives the exact number of affected businesses and of a regency", async () => {
    const affected = await listBusinesses({ ctx: pimpinan, query: { limit: 50, offset: 0, affected: true } });
    expect(affected.total).toBe(1_540);
    expect(affected.totalIsEstimate).toBe(false);
    const regency = await listBusinesses({ ctx: pimpinan, query: { limit: 50, offset: 0, region: "62.71" } });
    expect(regency.total).toBe(3_080);
  });
});
