import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/test-app";
import { REFRESH_KEYS_JOB } from "./jobs-names";
import { seedDuplicatePair, VILLAGE_PR } from "./testing/fixtures";
import { multipart, waitForJob } from "./testing/http";

const t = await createTestApp({ workers: true });
const fx = await seedDuplicatePair(t.database);
const operator = await t.login("operator.palangkaraya");
const kotim = await t.login("operator.kotim");
const pendamping = await t.login("pendamping.palangkaraya");

type Req = { method?: "GET" | "POST"; url: string; payload?: unknown; headers?: Record<string, string> };
const call = (cookie: string, req: Req) =>
  t.app.inject({ ...req, headers: { ...req.headers, cookie } } as never);

async function runDedup(): Promise<void> {
  const res = await call(operator, { method: "POST", url: "/api/linkage/dedup-runs", payload: {} });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json().run.regionCode).toBe("62.71");
  expect(await waitForJob(t.jobs, res.json().jobId)).toBe("completed");
}

type Item = {
  id: string;
  a: { businessId: string } | null;
  b: { businessId: string } | null;
  contributions: Array<{ field: string; weight: number }>;
};
const plantedPair = (items: Item[]) =>
  items.find(
    (i) =>
      [i.a?.businessId, i.b?.businessId].sort().join() ===
      [fx.original.businessId, fx.duplicate.businessId].sort().join(),
  );

describe("dedup run and review queue", () => {
  it("finds the planted duplicate with field weights, and hides it from another regency", async () => {
    await runDedup();
    const res = await call(operator, { url: "/api/linkage/reviews" });
    expect(res.statusCode, res.body).toBe(200);
    const pair = plantedPair(res.json().items);
    expect(pair).toBeDefined();
    // The duplicate's NIK is mistyped (one NIK is one person): a slip still speaks for the pair.
    expect(pair?.contributions.find((c) => c.field === "nationalId")?.weight).toBeGreaterThan(0);
    const other = await call(kotim, { url: `/api/linkage/reviews/${pair?.id}` });
    expect(other.statusCode).toBe(404);
    const forbidden = await call(pendamping, { url: "/api/linkage/reviews" });
    expect(forbidden.statusCode).toBe(403);
  });

  it("accepts a merge, lists it, undoes it exactly, then records a rejection once", async () => {
    const list = await call(operator, { url: "/api/linkage/reviews" });
    const pair = plantedPair(list.json().items);
    const before = (
      await call(operator, { url: `/api/registry/businesses/${fx.duplicate.businessId}` })
    ).json().business;
    const accepted = await call(operator, {
      method: "POST",
      url: `/api/linkage/reviews/${pair?.id}/decision`,
      payload: { decision: "accept" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const merge = accepted.json().merge;
    expect(merge.survivorId).toBe(fx.original.businessId);
    expect(accepted.json().item.decidedByName).toBe("operator.palangkaraya");
    const merged = (
      await call(operator, { url: `/api/registry/businesses/${fx.duplicate.businessId}` })
    ).json().business;
    expect(merged.status).toBe("merged");
    const entity = await call(operator, { url: `/api/linkage/businesses/${fx.original.businessId}/entity` });
    expect(
      entity
        .json()
        .records.map((r: { businessId: string }) => r.businessId)
        .sort(),
    ).toEqual([fx.original.businessId, fx.duplicate.businessId].sort());
    expect(
      entity.json().records.find((r: { businessId: string }) => r.businessId === fx.duplicate.businessId)
        .mergedInto,
    ).toBe(fx.original.businessId);

    const undo = await call(operator, { method: "POST", url: `/api/linkage/merges/${merge.id}/undo` });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().undoneAt).not.toBeNull();
    const restored = (
      await call(operator, { url: `/api/registry/businesses/${fx.duplicate.businessId}` })
    ).json().business;
    expect({ status: restored.status, entityId: restored.entityId, updatedAt: restored.updatedAt }).toEqual({
      status: before.status,
      entityId: before.entityId,
      updatedAt: before.updatedAt,
    });
    const again = await call(operator, { method: "POST", url: `/api/linkage/merges/${merge.id}/undo` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("ALREADY_UNDONE");

    const reject = await call(operator, {
      method: "POST",
      url: `/api/linkage/reviews/${pair?.id}/decision`,
      payload: { decision: "reject" },
    });
    expect(reject.json().item.status).toBe("rejected");
    const twice = await call(operator, {
      method: "POST",
      url: `/api/linkage/reviews/${pair?.id}/decision`,
      payload: { decision: "accept" },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toEqual({
      error: {
        code: "ALREADY_DECIDED",
        message: "Pasangan ini sudah diputuskan oleh peninjau lain.",
        requestId: expect.any(String),
      },
    });
  });

  it("keeps a rejected pair rejected on the next run (reviewers' labels)", async () => {
    await runDedup();
    const res = await call(operator, { url: "/api/linkage/reviews?status=rejected" });
    expect(plantedPair(res.json().items)).toBeDefined();
    const open = await call(operator, { url: "/api/linkage/reviews" });
    expect(plantedPair(open.json().items)).toBeUndefined();
  });
});

describe("duplicate hint", () => {
  it("finds the owner by NIK, and by name, birth date and village once match keys are stored", async () => {
    const byNik = await call(pendamping, {
      method: "POST",
      url: "/api/linkage/hints",
      payload: { nik: fx.nik },
    });
    expect(byNik.statusCode, byNik.body).toBe(200);
    expect(byNik.json().candidates.map((c: { personId: string }) => c.personId)).toContain(
      fx.original.personId,
    );
    const byName = await call(pendamping, {
      method: "POST",
      url: "/api/linkage/hints",
      payload: { name: "Siti Aminah", birthDate: "1980-05-12", regionCode: VILLAGE_PR },
    });
    const top = byName.json().candidates[0];
    expect(top.reasons.map((r: { field: string }) => r.field)).toEqual(
      expect.arrayContaining(["name", "birthDate"]),
    );
    expect(top.nikMasked).toMatch(/^\d{4}\*{8}\d{4}$/);
    const none = await call(pendamping, {
      method: "POST",
      url: "/api/linkage/hints",
      payload: { name: "Zulkarnain Wibisono", birthDate: "1955-01-01" },
    });
    expect(none.json().candidates).toEqual([]);
  });
});

describe("match keys refresh", () => {
  it("can be queued by name with just a region (as the registry import does)", async () => {
    await t.database.db.execute(sql`update registry.persons set match_keys = '{}'`);
    const jobId = await t.jobs.enqueue(
      REFRESH_KEYS_JOB,
      { regionCode: "62.71" },
      { createdBy: null, scope: "62.71" },
    );
    expect(await waitForJob(t.jobs, jobId)).toBe("completed");
    const empty = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from registry.persons where region_code like '62.71.%' and match_keys = '{}'`,
    );
    expect(empty.rows[0]?.n).toBe(0);
  });
});

describe("outside list and irisan", () => {
  it("uploads a CSV list, links it and reports the overlap; exports xlsx", async () => {
    const csv = [
      "No,NIK,Nama,Jenis Kelamin,Tanggal Lahir,Kelurahan",
      `1,${fx.nik},Siti Aminah,P,12-05-1980,Langkai`,
      "2,6271015001900007,Rahmawati Putri,P,10-01-1990,Langkai",
    ].join("\n");
    const body = multipart(
      { name: "DTKS Kemensos April 2020", kind: "dtks", asOf: "2020-04-30", regionCode: "62.71" },
      { name: "dtks.csv", type: "text/csv", content: csv },
    );
    const up = await call(operator, { method: "POST", url: "/api/linkage/lists", ...body });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().list.rowCount).toBe(2);
    expect(await waitForJob(t.jobs, up.json().jobId)).toBe("completed");
    const id = up.json().list.id;
    const both = await call(operator, { url: `/api/linkage/lists/${id}/irisan?category=both` });
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json().list.summary).toMatchObject({ listRows: 2, both: 1, listOnly: 1 });
    expect(both.json().items[0].register.businessId).toBeDefined();
    const only = await call(operator, { url: `/api/linkage/lists/${id}/irisan?category=register_only` });
    expect(
      only.json().items.map((r: { register: { businessId: string } }) => r.register.businessId),
    ).toContain(fx.other.businessId);
    const xlsx = await call(operator, { url: `/api/linkage/lists/${id}/irisan.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const hidden = await call(kotim, { url: `/api/linkage/lists/${id}` });
    expect([403, 404]).toContain(hidden.statusCode);
  });

  it("refuses an upload without a file or with a bad region", async () => {
    const noFile = multipart(
      { name: "Daftar", regionCode: "62.71" },
      { name: "x.csv", type: "text/csv", content: "" },
    );
    const res = await call(operator, { method: "POST", url: "/api/linkage/lists", ...noFile });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION");
    const out = multipart(
      { name: "Daftar Kotim", regionCode: "62.02" },
      { name: "x.csv", type: "text/csv", content: "NIK,Nama\n6202015001900007,Ani" },
    );
    const res2 = await call(operator, { method: "POST", url: "/api/linkage/lists", ...out });
    expect(res2.statusCode).toBe(403);
    expect(res2.json().error.code).toBe("OUT_OF_SCOPE");
  });
});
