// The business counters (registry.business_counts plus the unfolded registry.business_count_deltas)
// stay equal to count(*) of the businesses grouped by district, status and "affected" through every
// kind of write (form via the API, import commit and undo, status changes, a merge, an impact that
// flips "affected", a move to another district, truncate), before and after a fold; the list's total
// read from them equals a direct count either way, and a regency sees only its own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inScope } from "../../../platform/db/pool";
import type { Jobs } from "../../../platform/jobs/jobs";
import { createTestApp } from "../../../testing/test-app";
import { type Ctx, systemCtx, tx } from "../../access";
import { commitBatch } from "../import/flow/commit-rows";
import { writeMergeState } from "../links/write-link-results";
import { counterTotal, expectCountersExact } from "../testing/business-counts";
import { businessBody, testNik } from "../testing/fixtures";
import { stagedValues, stageValidBatch } from "../testing/import";
import { FOLD_BUSINESS_COUNTS, registerCountFold } from "./fold-counts";
import { listBusinesses } from "./list-businesses";

const t = await createTestApp();
const db = t.database;
const operator = await t.login("operator.palangkaraya"); // 62.71
const kotim = await t.login("operator.kotim"); // 62.02
const admin = await t.login("admin.kalteng"); // 62
const V1 = "62.71.01.1003";
const V2 = "62.71.02.1001";
const KOTIM = "62.02.01.1009";

const call = (cookie: string, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

async function create(cookie: string, village: string, affected: boolean | null): Promise<string> {
  const body = businessBody({ village });
  const input =
    affected === null ? { ...body, impact: undefined } : { ...body, impact: { ...body.impact, affected } };
  const res = await call(cookie, "POST", "/api/registry/businesses", input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().business.id as string;
}

const direct = async (where: SQL) =>
  Number(
    (
      await db.db.execute<{ n: number }>(
        sql`select count(*)::int as n from registry.businesses where ${where}`,
      )
    ).rows[0]?.n,
  );

/** The list's total (through the API, or the verb for the whole country) against a direct count. */
async function expectTotalsNow(): Promise<void> {
  const cases: Array<[string, string, SQL]> = [
    [admin, "", sql`province_code = '62'`],
    [admin, "status=active", sql`province_code = '62' and status = 'active'`],
    [admin, "affected=true", sql`province_code = '62' and affected`],
    [admin, "affected=false&status=active", sql`province_code = '62' and not affected and status = 'active'`],
    [admin, "region=62.02", sql`regency_code = '62.02'`],
    [operator, "", sql`regency_code = '62.71'`],
    [operator, "region=62.71.02", sql`district_code = '62.71.02'`],
    [operator, "status=merged", sql`regency_code = '62.71' and status = 'merged'`],
    [
      operator,
      "status=inactive&affected=true",
      sql`regency_code = '62.71' and status = 'inactive' and affected`,
    ],
    [operator, `region=${V1}`, sql`region_code = ${V1}`],
    [operator, "sector=kuliner", sql`regency_code = '62.71' and sector = 'kuliner'`],
    [kotim, "", sql`regency_code = '62.02'`],
  ];
  for (const [cookie, query, where] of cases) {
    const res = await call(cookie, "GET", `/api/registry/businesses?limit=1&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect([query, res.json().total, res.json().totalIsEstimate]).toEqual([
      query,
      await direct(where),
      false,
    ]);
  }
  const national = await listBusinesses({ ctx: systemCtx(db, "test"), query: { limit: 1, offset: 0 } });
  expect(national.total).toBe(await direct(sql`true`));
}

/** Totals with the deltas unfolded, the counters exact before and after a fold, totals once folded. */
async function expectTotals(): Promise<void> {
  await expectTotalsNow();
  await expectCountersExact(db);
  await expectTotalsNow();
}

const operatorCtx = (): Ctx => ({
  db,
  actor: {
    kind: "user",
    userId: "00000000-0000-7000-8000-000000000071",
    username: "operator.uji",
    role: "operator_kabkota",
    scope: "62.71",
    businessId: null,
  },
  now: new Date(),
  requestId: "test",
  lang: "id",
});

describe("business counters through the register's writes", () => {
  const ids: string[] = [];
  let batchId = "";

  it("start from the migration's backfill and follow form entries through the API", async () => {
    await expectCountersExact(db);
    ids.push(
      await create(operator, V1, true),
      await create(operator, V1, false),
      await create(operator, V2, null),
    );
    ids.push(await create(operator, V2, true), await create(kotim, KOTIM, true));
    await expectTotals();
  });

  it("follow an import commit (one grouped delta insert per page)", async () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      stagedValues(
        i,
        i % 2 ? V1 : V2,
        testNik(i % 2 ? V1 : V2),
        i % 3 === 0 ? "Tidak" : i % 3 === 1 ? "Ya" : null,
      ),
    );
    batchId = await stageValidBatch(db, "62.71", rows);
    expect((await commitBatch(operatorCtx(), batchId)).rowsImported).toBe(40);
    await expectTotals();
  });

  it("follow status changes, a merge, an impact that flips affected and moves between districts", async () => {
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    const patch = (cookie: string, id: string, body: object) =>
      call(cookie, "PATCH", `/api/registry/businesses/${id}`, body);
    expect((await patch(operator, a, { status: "inactive" })).statusCode).toBe(200);
    await tx(systemCtx(db, "test"), (tt) =>
      writeMergeState(tt, b, { status: "merged", entityId: null, updatedAt: new Date().toISOString() }),
    );
    const impact = await call(operator, "POST", `/api/registry/businesses/${c}/impacts`, {
      assessedOn: "2020-06-01",
      affected: true,
      turnoverBefore: 5_000_000,
      turnoverAfter: 1_000_000,
    });
    expect(impact.statusCode, impact.body).toBe(201);
    expect((await patch(operator, d, { regionCode: V1 })).statusCode).toBe(200);
    expect((await patch(admin, e, { regionCode: V2 })).statusCode).toBe(200);
    await expectTotals();
  });

  it("follow the undo of the import (one delete statement)", async () => {
    const undo = await call(operator, "POST", `/api/registry/imports/${batchId}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    await expectTotals();
  });

  it("are what the list's total reads for region, status and affected filters", async () => {
    const total = async (query: string) =>
      (await call(operator, "GET", `/api/registry/businesses?limit=1&${query}`)).json().total as number;
    const [all, kuliner] = [await total(""), await total("sector=kuliner")];
    await db.pool.query(
      "update registry.business_counts set n = n + 1000 where region_code = '62.71.01' and status = 'active' and affected",
    );
    expect([await total(""), await total("sector=kuliner")]).toEqual([all + 1000, kuliner]);
    await db.pool.query(
      "update registry.business_counts set n = n - 1000 where region_code = '62.71.01' and status = 'active' and affected",
    );
    await expectCountersExact(db);
  });

  it("give a regency's user only its own counters, and no one writes them but the triggers", async () => {
    const seen = await inScope(
      db,
      "62.02",
      async (tt) =>
        (await tt.execute<{ region_code: string }>(sql`select region_code from registry.business_counts`))
          .rows,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.region_code.startsWith("62.02."))).toBe(true);
    expect(
      await inScope(
        db,
        "62.02",
        async (tt) =>
          (await tt.execute(sql`select 1 from registry.business_counts where region_code like '62.71%'`)).rows
            .length,
      ),
    ).toBe(0);
    expect(await direct(sql`regency_code = '62.71'`)).toBeGreaterThan(0);
    expect((await call(kotim, "GET", "/api/registry/businesses?region=62.71")).statusCode).toBe(403);
    const count = (scope: string, prefix: string) =>
      inScope(db, scope, async (tt) =>
        Number(
          (
            await tt.execute<{ n: number }>(
              sql`select registry.business_count(${prefix}, null, null)::int as n`,
            )
          ).rows[0]?.n,
        ),
      );
    expect(await count("62.02", "62.02")).toBe(await direct(sql`regency_code = '62.02'`));
    for (const prefix of ["62.71", "62", "*"])
      await expect(count("62.02", prefix)).rejects.toMatchObject({ cause: { code: "42501" } });
    await expect(
      inScope(db, "62.02", (tt) =>
        tt.execute(sql`update registry.business_counts set n = n + 1 where region_code like '62.02%'`),
      ),
    ).rejects.toMatchObject({ cause: { code: "42501" } });
    await create(kotim, KOTIM, false);
    const deltas = (scope: string) =>
      inScope(
        db,
        scope,
        async (tt) =>
          (
            await tt.execute<{ region_code: string }>(
              sql`select region_code from registry.business_count_deltas`,
            )
          ).rows,
      );
    expect((await deltas("62.02")).map((r) => r.region_code)).toEqual(["62.02.01"]);
    expect(await deltas("62.71")).toEqual([]);
    await expect(
      inScope(db, "62.02", (tt) =>
        tt.execute(
          sql`insert into registry.business_count_deltas (region_code, status, affected, delta) values ('62.02.01', 'active', true, 1)`,
        ),
      ),
    ).rejects.toMatchObject({ cause: { code: "42501" } });
    await expect(
      inScope(db, "62.02", (tt) => tt.execute(sql`delete from registry.business_count_deltas`)),
    ).rejects.toMatchObject({ cause: { code: "42501" } });
    await expectCountersExact(db);
  });

  it("are folded by a working process's task once a minute", async () => {
    const tasks: Array<{ name: string; ms: number; run: () => Promise<unknown> }> = [];
    registerCountFold(
      { every: (name, ms, run) => tasks.push({ name, ms, run }) } as Pick<Jobs, "every"> as Jobs,
      db,
    );
    expect(tasks.map((k) => [k.name, k.ms])).toEqual([[FOLD_BUSINESS_COUNTS, 60_000]]);
    await create(operator, V2, false);
    const total = await counterTotal(db);
    expect(await tasks[0]?.run()).toBe(1);
    expect(await counterTotal(db)).toBe(total);
    const left = await db.pool.query("select count(*)::int as n from registry.business_count_deltas");
    expect(left.rows[0]?.n).toBe(0);
  });

  it("are rebuilt exactly by the migration's backfill", async () => {
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../drizzle");
    const file = readdirSync(dir).find((f) => f.endsWith("_business_counts.sql")) ?? "";
    const backfill = readFileSync(path.join(dir, file), "utf8").split("--> statement-breakpoint").pop() ?? "";
    expect(backfill).toMatch(/INSERT INTO registry\.business_counts/);
    await create(operator, V1, true); // an unfolded delta, which the backfill makes redundant
    await db.pool.query("delete from registry.business_counts; delete from registry.business_count_deltas");
    await db.pool.query(backfill);
    await expectCountersExact(db);
  });

  it("are emptied by a truncate of the businesses", async () => {
    await create(operator, V2, null); // unfolded when the truncate comes
    await db.pool.query("truncate registry.businesses cascade");
    expect(await counterTotal(db)).toBe(0);
    await expectCountersExact(db);
    expect(await counterTotal(db)).toBe(0);
  });
});
