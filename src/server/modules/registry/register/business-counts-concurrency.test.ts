// Concurrent writers on the same business counters lose no update and wait for nothing: parallel
// form entries, a form entry and an edit while an import's transaction in their district is open,
// two multi-page import commits at once in one province (their pages touch the same districts in
// opposite orders), parallel set-based inserts, moves and deletes, and folds running among them.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { type Ctx, systemCtx } from "../../access";
import { PAGE_ROWS } from "../import/flow/commit-page";
import { commitBatch } from "../import/flow/commit-rows";
import { counterTotal, expectCountersExact } from "../testing/business-counts";
import { businessBody, testNik } from "../testing/fixtures";
import { stagedValues, stageValidBatch } from "../testing/import";
import { createBusiness } from "./create-business";
import { foldBusinessCounts } from "./fold-counts";

const database = await createTestDatabase();
const ctx = (): Ctx => ({ ...systemCtx(database, "test"), now: new Date() });
const VILLAGES = ["62.71.01.1003", "62.71.02.1001", "62.02.01.1009"] as const;

/** `work`, or a failure naming `what` when it takes longer than `ms`. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} waited more than ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const HOLD = 7_209_001;

/** Resolves once a session waits for the test's advisory lock HOLD. */
async function waitForHold(): Promise<void> {
  for (;;) {
    const { rows } = await database.pool.query(
      "select 1 from pg_locks where locktype = 'advisory' and objid = $1 and not granted",
      [HOLD],
    );
    if (rows.length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Businesses of every status-affected key in `village`'s district, with owners (plain SQL). */
const insertBusinesses = (village: string, tag: string, n: number) => `
  with p as (
    insert into registry.persons (id, region_code, nik, name, name_norm)
    select gen_random_uuid(), '${village}', lpad((6271019000000000 + g)::text, 16, '0'), '${tag} ' || g, '${tag} ' || g
    from generate_series(1, ${n}) g returning id, name
  )
  insert into registry.businesses (id, region_code, owner_id, name, name_norm, sector, source_kind, affected, status)
  select gen_random_uuid(), '${village}', p.id, p.name, p.name, 'kuliner', 'import',
    (array[true, false, null])[1 + (row_number() over ()) % 3], 'active'
  from p`;

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

  it("let a form entry and an edit in a district through while an import there is still open", async () => {
    const [v1] = VILLAGES;
    const importing = await database.pool.connect();
    try {
      await importing.query("begin");
      await importing.query(insertBusinesses(v1, "Impor Terbuka", 300));
      const created = await within(
        2_000,
        "a form entry",
        createBusiness({ ctx: ctx(), input: businessBody({ village: v1 }) }),
      );
      expect(created.page.business.regionCode).toBe(v1);
      await within(
        2_000,
        "an edit",
        database.pool.query(
          "update registry.businesses set affected = not coalesce(affected, false), status = 'inactive' where id = $1",
          [created.page.business.id],
        ),
      );
      await importing.query("commit");
    } finally {
      await importing.query("rollback").catch(() => {});
      importing.release();
    }
    await expectCountersExact(database);
  });

  it("count two multi-page import commits run at the same time in one province, overlapping", async () => {
    const rows = (first: string, second: string, offset: number) =>
      Array.from({ length: PAGE_ROWS + 50 }, (_, i) => {
        const village = i < PAGE_ROWS ? first : second;
        return stagedValues(offset + i, village, testNik(village), i % 2 ? "Ya" : "Tidak");
      });
    const [v1, v2] = VILLAGES;
    const a = await stageValidBatch(database, "62.71", rows(v1, v2, 0));
    const b = await stageValidBatch(database, "62.71", rows(v2, v1, 10_000));
    // A stops after its first page (its businesses and deltas written, not committed) until the
    // test lets it go; B must commit meanwhile, so the two are not serialised.
    const gate = await database.pool.connect();
    await database.pool.query(`
      create function public.test_hold_import() returns trigger language plpgsql as $$ begin
        if exists (select 1 from new_rows where name = 'Usaha Impor 0') then
          perform pg_advisory_xact_lock_shared(${HOLD});
        end if;
        return null;
      end $$;
      create trigger hold_import after insert on registry.businesses referencing new table as new_rows
        for each statement execute function public.test_hold_import();`);
    try {
      await gate.query("select pg_advisory_lock($1)", [HOLD]);
      const first = commitBatch(ctx(), a);
      first.catch(() => {});
      await within(10_000, "the first import's first page", waitForHold());
      expect((await within(30_000, "the second import", commitBatch(ctx(), b))).rowsImported).toBe(
        PAGE_ROWS + 50,
      );
      await gate.query("select pg_advisory_unlock($1)", [HOLD]);
      expect((await first).rowsImported).toBe(PAGE_ROWS + 50);
    } finally {
      await gate.query("select pg_advisory_unlock_all()");
      gate.release();
      await database.pool.query(
        "drop trigger hold_import on registry.businesses; drop function public.test_hold_import()",
      );
    }
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

  it("lose nothing when folds run among concurrent writers, two folds at once", async () => {
    const before = await counterTotal(database);
    let writing = true;
    const folds = Array.from({ length: 2 }, async () => {
      let folded = 0;
      while (writing) folded += await foldBusinessCounts(database);
      return folded;
    });
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        for (let k = 0; k < 8; k++) {
          await database.pool.query(
            insertBusinesses(VILLAGES[(i + k) % 3] ?? VILLAGES[0], `Lipat ${i} ${k}`, 5),
          );
          await database.pool.query(
            `update registry.businesses set status = 'inactive' where name = 'Lipat ${i} ${k} 1'`,
          );
        }
      }),
    );
    writing = false;
    expect((await Promise.all(folds)).reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
    expect(await counterTotal(database)).toBe(before + 6 * 8 * 5);
    const quiet = await counterTotal(database);
    await Promise.all([foldBusinessCounts(database), foldBusinessCounts(database)]);
    expect(await counterTotal(database)).toBe(quiet);
    await expectCountersExact(database);
  });
});
