import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { type Ctx, systemCtx, tx } from "../../access";
import { createBusiness } from "../../registry";
import { performDedupRun } from "../dedup/run-dedup";
import { insertRun } from "../dedup/run-scope";
import { performLinkRun } from "../lists/link-list";
import { findOnOutsideLists } from "../lists/outside-list-lookup";
import { findList } from "../lists/repository";
import { storeList } from "../lists/upload-list";
import { seedDuplicatePair, VILLAGE_PR } from "../testing/fixtures";
import { decidePair, decidePairs } from "./decide-pair";
import { undoMerge } from "./merges";
import { listReviews } from "./review-queue";

const database = await createTestDatabase();
const fx = await seedDuplicatePair(database);
// A register from before one NIK meant one person: the duplicate holds the original's NIK too, so
// the run pairs all three records (the gate no longer lets a form save this state).
await database.db.execute(
  sql`update registry.persons set nik = ${fx.nik} where id = ${fx.duplicate.personId}`,
);
// A third record of the same owner, typed once more by the field assistant.
const third = await createBusiness({
  ctx: systemCtx(database, "pendamping.palangkaraya"),
  input: {
    owner: {
      nik: fx.nik,
      name: "Siti Aminah",
      sex: "P",
      birthDate: "1980-05-12",
      phone: "0812-5550-1234",
      rt: "2",
      rw: "5",
      villageCode: VILLAGE_PR,
    },
    business: { name: "Penjahit Siti Aminah", sector: "konveksi", regionCode: VILLAGE_PR },
    source: { kind: "field" },
    // The field assistant answered the duplicate gate: the same person as the original.
    duplicateDecision: { kind: "same_person", personId: fx.original.personId },
  },
});
const operator: Ctx = {
  db: database,
  actor: {
    kind: "user",
    userId: "0191f1a0-0000-7000-8000-0000000000aa",
    username: "operator.uji",
    role: "operator_kabkota",
    scope: "62.71",
    businessId: null,
  },
  now: new Date(),
  requestId: "test",
  lang: "id",
};
const run = await insertRun(systemCtx(database, "test"), { kind: "dedup", region: "62.71" });
await performDedupRun(systemCtx(database, "test"), run, async () => {});

const ids = [fx.original.businessId, fx.duplicate.businessId, third.page.business.id];
async function pairOf(x: string, y: string) {
  const page = await listReviews({ ctx: operator, query: { status: "open", limit: 100, offset: 0 } });
  return page.items.find((i) => [i.a?.businessId, i.b?.businessId].sort().join() === [x, y].sort().join());
}
const statusOf = async (id: string) =>
  (await database.db.execute<{ status: string }>(sql`select status from linkage.pairs where id = ${id}`))
    .rows[0]?.status;

describe("merging one of three records of the same owner", () => {
  it("supersedes the merged record's other pairs and undo reopens them", async () => {
    const ab = await pairOf(ids[0] ?? "", ids[1] ?? "");
    const bc = await pairOf(ids[1] ?? "", ids[2] ?? "");
    const ac = await pairOf(ids[0] ?? "", ids[2] ?? "");
    expect([ab, bc, ac].every(Boolean)).toBe(true);
    const out = await decidePair({
      ctx: operator,
      id: ab?.id ?? "",
      input: { decision: "accept", survivor: ab?.a?.businessId === ids[0] ? "a" : "b" },
    });
    expect(out.merge?.mergedId).toBe(ids[1]);
    expect(await statusOf(bc?.id ?? "")).toBe("superseded");
    expect(await statusOf(ac?.id ?? "")).toBe("open");
    await undoMerge({ ctx: operator, id: out.merge?.id ?? "" });
    expect(await statusOf(bc?.id ?? "")).toBe("open");
    expect(await statusOf(ab?.id ?? "")).toBe("open");
    const audit = await database.db.execute<{ action: string }>(
      sql`select action from access.audit_events where entity_id = ${ids[1] ?? ""} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["linkage.merge", "linkage.undo-merge"]),
    );
  });

  it("applies a batch decision pair by pair and reports what it could not find", async () => {
    const ac = await pairOf(ids[0] ?? "", ids[2] ?? "");
    const missing = "0191f1a0-0000-7000-8000-0000000000ff";
    const out = await decidePairs({
      ctx: operator,
      input: { ids: [ac?.id ?? "", missing], decision: "skip" },
    });
    expect(out.results).toEqual([
      { id: ac?.id, outcome: "skipped" },
      { id: missing, outcome: "not_found" },
    ]);
  });
});

describe("outside-list evidence for the aid module", () => {
  it("finds a person by NIK and a business through the link run", async () => {
    const ctx = systemCtx(database, "test");
    const listId = await storeList(ctx, {
      fields: { name: "Penerima BPUM Tahap 1", kind: "bpum", regionCode: "62.71" },
      file: { name: "bpum.csv", mime: "text/csv", data: Buffer.from("NIK,Nama\n") },
      rows: [
        {
          sheet: "BPUM",
          rowNumber: 2,
          nik: fx.otherNik,
          noKk: null,
          name: "Budi Santoso",
          sex: "L",
          birthPlace: null,
          birthDate: "1980-05-03",
          phone: null,
          address: null,
          rt: null,
          rw: null,
          villageCode: VILLAGE_PR,
          businessName: null,
        },
        {
          sheet: "BPUM",
          rowNumber: 3,
          nik: fx.nik,
          noKk: null,
          name: "Siti Aminah",
          sex: "P",
          birthPlace: null,
          birthDate: "1980-05-12",
          phone: null,
          address: null,
          rt: null,
          rw: null,
          villageCode: VILLAGE_PR,
          businessName: null,
        },
      ],
    });
    const linkRun = await insertRun(ctx, { kind: "link", region: "62.71", listId });
    const list = await tx(ctx, (t) => findList(t, listId));
    if (!list) throw new Error("list missing");
    await performLinkRun(ctx, { run: linkRun, list }, async () => {});
    const byNik = await findOnOutsideLists({ ctx: operator, query: { nik: fx.nik } });
    expect(byNik[0]).toMatchObject({
      listName: "Penerima BPUM Tahap 1",
      kind: "bpum",
      rowNumber: 3,
      via: "nik",
      decision: "match",
    });
    const byBusiness = await findOnOutsideLists({
      ctx: operator,
      query: { businessId: fx.other.businessId },
    });
    expect(byBusiness[0]).toMatchObject({ rowNumber: 2, via: "link" });
    const kotim: Ctx = { ...operator, actor: { ...operator.actor, scope: "62.02" } as Ctx["actor"] };
    expect(await findOnOutsideLists({ ctx: kotim, query: { nik: fx.nik } })).toEqual([]);
  });
});
