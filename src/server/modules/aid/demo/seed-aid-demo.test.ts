import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { systemCtx } from "../../access";
import { seedLinkageDemo } from "../../linkage";
import { seedRegistryDemo } from "../../registry";
import { DHARMASRAYA_PAID_PROPOSER, DHARMASRAYA_PROPOSER, IMPOSSIBLE_NIK } from "./dharmasraya";
import { seedAidDemo } from "./seed-aid-demo";

const database = await createTestDatabase();
await seedRegistryDemo(database, { kalteng: 400, dharmasraya: 400, babel: 20 });
await seedLinkageDemo(database);
const first = await seedAidDemo(database, { password: "sinergi-demo-2020" });

type Row = {
  nik: string;
  problems: Array<{
    code: string;
    evidence: { kind: string; list?: string; rule?: string; weight?: number };
  }>;
};

async function dharmasrayaItems(): Promise<Row[]> {
  const rows =
    await database.db.execute<Row>(sql`select i.nik, i.problems from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
    where p.region_code = '13.10' and p.status = 'draft' and i.status = 'active'`);
  return rows.rows;
}

describe("aid demo", () => {
  it("seeds the Dharmasraya proposal with the three planted problems", async () => {
    expect(first.dharmasraya.skipped).toBe(false);
    const items = await dharmasrayaItems();
    expect(items.length).toBe(401 - first.dharmasraya.paidBatch - first.dharmasraya.removedNotMicro);
    // after the operator's first pass only the three planted problems stay open
    expect(first.dharmasraya).toMatchObject({ withProblems: 3, openProblems: 3 });
    const codes = (r: Row) => r.problems.map((p) => p.code);
    const odd = items.find((r) => r.nik === IMPOSSIBLE_NIK);
    expect(odd && codes(odd)).toContain("AID_NOT_ELIGIBLE");
    expect(items.filter((r) => codes(r).includes("AID_SAME_HOUSEHOLD")).length).toBeGreaterThanOrEqual(1);
    const dtks = items.filter((r) =>
      r.problems.some((p) => p.code === "AID_ON_OUTSIDE_LIST" && p.evidence.list?.startsWith("DTKS")),
    );
    expect(dtks.length).toBeGreaterThanOrEqual(1);
  });

  it("paid a first Dharmasraya batch, whose businesses the draft leaves out (BPUM once per NIK)", async () => {
    expect(first.dharmasraya.paidBatch).toBeGreaterThanOrEqual(8);
    const rows = await database.db.execute<{ proposer: string; status: string; items: number; paid: number }>(
      sql`select p.proposer_name as proposer, p.status, count(i.id)::int as items,
          count(r.id) filter (where r.status = 'paid')::int as paid
        from aid.proposals p join aid.proposal_items i on i.proposal_id = p.id and i.status = 'active'
        left join aid.disbursement_rows r on r.proposal_id = p.id and r.nik = i.nik
        where p.region_code = '13.10' group by 1, 2 order by 1`,
    );
    expect(rows.rows.map((r) => [r.proposer, r.status])).toEqual([
      [DHARMASRAYA_PAID_PROPOSER, "disbursed"],
      [DHARMASRAYA_PROPOSER, "draft"],
    ]);
    const paid = rows.rows[0];
    expect(paid?.paid).toBe(paid?.items);
    expect(paid?.items).toBe(first.dharmasraya.paidBatch);
    const both = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from (select business_id from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
        where p.region_code = '13.10' and i.business_id is not null group by business_id having count(distinct p.id) > 1) x`,
    );
    expect(Number(both.rows[0]?.n)).toBe(0);
  });

  it("flags BPUM recipients in the Kalteng stimulus proposal as excluded by programme", async () => {
    const rows = await database.db.execute<{
      n: number;
    }>(sql`select count(*)::int as n from aid.proposal_items i
      where i.problems @> '[{"code":"AID_EXCLUDED_BY_PROGRAMME"}]'::jsonb`);
    expect(Number(rows.rows[0]?.n)).toBe(5);
  });

  it("is idempotent", async () => {
    const again = await seedAidDemo(database, { password: "sinergi-demo-2020" });
    expect(again.dharmasraya.skipped).toBe(true);
    expect(again.kalteng.skipped).toBe(true);
    const n = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from aid.programmes`);
    expect(Number(n.rows[0]?.n)).toBe(3);
  });

  it("paid Palangka Raya's BPUM proposal", async () => {
    const ctx = systemCtx(database, "t");
    const rows = await ctx.db.db.execute<{ status: string }>(
      sql`select status from aid.proposals where region_code = '62.71' order by created_at`,
    );
    expect(rows.rows.map((r) => r.status)).toEqual(["disbursed", "draft"]);
  });
});
