import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import { systemCtx } from "../../access";
import { reportConstraint } from "../constraints/manage-constraints";
import { createCooperative, listCooperatives } from "../cooperatives/manage-cooperatives";
import { businessBody } from "../testing/fixtures";
import { addImpact, addPivot, addProduct } from "./add-business-details";
import { createBusiness } from "./create-business";
import { getBusiness } from "./get-business";
import { updateBusiness, updatePerson } from "./update-business";

const database = await createTestDatabase();
const ctx = systemCtx(database, "test");
const created = await createBusiness({ ctx, input: businessBody() });
const id = created.page.business.id;

describe("editing a business page", () => {
  it("moves a business with its children to another village and recomputes its size class", async () => {
    await reportConstraint({ ctx, businessId: id, input: { type: "capital", description: "Modal" } });
    const after = await updateBusiness({
      ctx,
      id,
      input: { regionCode: "62.71.02.1001", annualTurnover: 400_000_000 },
    });
    expect(after.regionCode).toBe("62.71.02.1001");
    expect([after.sizeClass, after.sizeRule, after.sizeAsOf]).toEqual(["kecil", "UU_20_2008", "2020-05-01"]);
    const moved = await database.pool.query(
      `select (select count(*) from registry.impact_assessments where business_id = $1 and region_code <> $2)::int +
              (select count(*) from registry.constraints where business_id = $1 and region_code <> $2)::int as n`,
      [id, "62.71.02.1001"],
    );
    expect(moved.rows[0].n).toBe(0);
  });

  it("rejects an unknown region and a bad phone with field issues", async () => {
    await expect(updateBusiness({ ctx, id, input: { regionCode: "62.71.99.9999" } })).rejects.toMatchObject({
      code: "VALIDATION",
      issues: [
        {
          path: "regionCode",
          message: "Kode wilayah tidak dikenal; pilih desa/kelurahan dari daftar wilayah.",
        },
      ],
    });
    await expect(
      updatePerson({ ctx, id: created.page.owner.id, input: { phone: "021-555" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      issues: [
        {
          path: "phone",
          message: "Nomor HP tidak valid; tulis nomor seluler Indonesia, mis. 0812-3456-7890.",
        },
      ],
    });
  });

  it("adds impact, pivot and product; the latest assessment drives the affected flag", async () => {
    await addImpact({
      ctx,
      businessId: id,
      input: { assessedOn: "2020-09-01", affected: false, turnoverAfter: 5_000_000 },
    });
    await addPivot({
      ctx,
      businessId: id,
      input: { before: "Gamis", after: "Masker kain", since: "2020-04-01" },
    });
    await addProduct({
      ctx,
      businessId: id,
      input: { name: "Masker kain 3 lapis", price: 5_000, dailyCapacity: 50, isPivot: true },
    });
    const page = await getBusiness({ ctx, id });
    expect(page.business.affected).toBe(false);
    expect(page.impacts.map((i) => i.assessedOn)).toEqual(["2020-09-01", "2020-05-04"]);
    expect(page.pivots[0]).toMatchObject({ before: "Gamis", after: "Masker kain", since: "2020-04-01" });
    expect(page.products[0]).toMatchObject({ name: "Masker kain 3 lapis", price: 5_000, isPivot: true });
    expect(page.history.map((h) => h.action).slice(0, 3)).toEqual([
      "registry.add-product",
      "registry.add-pivot",
      "registry.add-impact",
    ]);
  });
});

describe("cooperatives", () => {
  it("creates and finds a cooperative by a misspelt name", async () => {
    await createCooperative({
      ctx,
      input: {
        name: "Koperasi Serba Usaha Betang Bersatu",
        sector: "perdagangan",
        regionCode: "62.71.01.1003",
        members: 120,
      },
    });
    const found = await listCooperatives({ ctx, query: { q: "betang bersatoe", limit: 10, offset: 0 } });
    expect(found.items.map((c) => [c.name, c.regionName, c.members])).toEqual([
      ["Koperasi Serba Usaha Betang Bersatu", "Langkai", 120],
    ]);
  });
});
