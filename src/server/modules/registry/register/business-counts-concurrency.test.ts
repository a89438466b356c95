// Concurrent writers on the same business counters lose no update: parallel form entries, two
// multi-page import commits at once (their pages touch the same districts in opposite orders), and
// parallel set-based inserts, moves and deletes in separate transactions.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { type Ctx, systemCtx } from "../../access";
import { PAGE_ROWS } from "../import/flow/commit-page";
import { commitBatch } from "../import/flow/commit-rows";
import { expectCountersExact } from "../testing/business-counts";
import { businessBody, testNik } from "../testing/fixtures";
import { stagedValues, stageValidBatch } from "../testing/import";
import { createBusiness } from "./create-business";

const database = await createTestDatabase();
const ctx = (): Ctx => ({ ...systemCtx(database, "test"), now: new Date() });
const VILLAGES = ["62.71.01.1003", "62.71.02.1001", "62.02.01.1009"] as const;

/** `n` statements, each in its own transaction on its own connection, all started at once. */
async function parallel(n: number, statement: (i: number) => string): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const client = await database.pool.connect();
      try {
        await client.query("begin");
        await client.query(statement(i));
        await client.query("commit");
      } finally {
        client.release();
      }
    }),
  );
}

describe("business counters under concurrent writers", () => {
  it("count every one of many concurrent form entries", async () => {
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        createBusiness({ ctx: ctx(), input: businessBody({ village: VILLAGES[i % 3] }) }),
      ),
    );
    await expectCountersExact(database);
  });

  it("count two multi-page import commits run at the same time", async () => {
    const rows = (first: string, second: string, offset: number) =>
      Array.from({ length: PAGE_ROWS + 50 }, (_, i) => {
        const village = i < PAGE_ROWS ? first : second;
        return stagedValues(offset + i, village, testNik(village), i % 2 ? "Ya" : "Tidak");
      });
    const [v1, v2] = VILLAGES;
    const a = await stageValidBatch(database, "62.71", rows(v1, v2, 0));
    const b = await stageValidBatch(database, "62.71", rows(v2, v1, 10_000));
    const done = await Promise.all([commitBatch(ctx(), a), commitBatch(ctx(), b)]);
    expect(done.map((d) => d.rowsImported)).toEqual([PAGE_ROWS + 50, PAGE_ROWS + 50]);
    await expectCountersExact(database);
  }, 120_000);

  it("count parallel set-based inserts, moves and deletes", async () => {
    await database.db.execute(sql`
      insert into registry.persons (id, region_code, nik, name, name_norm)
      select gen_random_uuid(), '62.71.01.1003', lpad((6271010000000000 + g)::text, 16, '0'), 'Orang ' || g, 'orang ' || g
      from generate_series(1, 1600) g`);
    // Each transaction inserts 200 businesses over three districts, in a different row order.
    await parallel(
      8,
      (i) => `
      insert into registry.businesses (id, region_code, owner_id, name, name_norm, sector, source_kind, affected, status)
      select gen_random_uuid(), (array['${VILLAGES.join("','")}'])[1 + (g + ${i}) % 3], p.id, 'Usaha ' || g, 'usaha ' || g,
        'kuliner', 'form', case g % 3 when 0 then true when 1 then false end, case when g % 7 = 0 then 'inactive' else 'active' end
      from (select id, row_number() over (order by id) as g from registry.persons where name like 'Orang %') p
      where p.g % 8 = ${i}
      order by ${i % 2 ? "g desc" : "g"}`,
    );
    await expectCountersExact(database);
    // Moves between districts both ways, status and affected flips, on disjoint rows.
    await parallel(
      8,
      (i) => `
      update registry.businesses set
        region_code = case when left(region_code, 8) = '62.71.01' then '62.71.02.1001' else '62.71.01.1003' end,
        affected = not coalesce(affected, false), status = case when status = 'active' then 'inactive' else 'active' end
      where name like 'Usaha %' and get_byte(uuid_send(id), 15) % 8 = ${i}`,
    );
    await expectCountersExact(database);
    await parallel(
      4,
      (i) => `
      delete from registry.businesses where name like 'Usaha %' and get_byte(uuid_send(id), 15) % 8 = ${i * 2}`,
    );
    await expectCountersExact(database);
  });
});
