// S2 in one step (issue 11, item 2): a store product made from a registry production pivot keeps
// the pivot's id and has the pivoting business as its producer; one product per pivot; scoped.
import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx } from "../../access";
import { addPivot, createBusiness } from "../../registry";
import { businessBody, VILLAGE_IN, VILLAGE_OUT } from "../../registry/testing/fixtures";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const admin = await t.login("admin.kalteng");
const konsultan = await t.login("konsultan.plut");
const operator = await t.login("operator.palangkaraya");

async function pivotIn(village: string) {
  const { page } = await createBusiness({ ctx, input: businessBody({ village }) });
  const input = { before: "Baju muslim", after: "Masker kain 3 lapis", since: "2020-04-01", share: 70 };
  return { business: page.business, pivot: await addPivot({ ctx, businessId: page.business.id, input }) };
}

const post = (cookie: string, payload: object) =>
  t.app.inject({
    method: "POST",
    url: "/api/market/admin/products/from-pivot",
    payload,
    headers: { cookie },
  } as InjectOptions);

describe("POST /api/market/admin/products/from-pivot", () => {
  it("creates the store product from the pivot and keeps the link", async () => {
    const { business, pivot } = await pivotIn(VILLAGE_IN);
    const res = await post(admin, { pivotId: pivot.id, unit: "lembar", category: "Masker", price: 5000 });
    expect(res.statusCode, res.body).toBe(201);
    const product = res.json();
    expect(product).toMatchObject({ name: "Masker kain 3 lapis", sourcePivotId: pivot.id, price: 5000 });
    expect(product.producers).toHaveLength(1);
    expect(product.producers[0].name).toBe(business.name);
    const list = await t.app.inject({ url: "/api/market/admin/products", headers: { cookie: konsultan } });
    const listed = (list.json() as Array<{ id: string; sourcePivotId: string | null }>).find(
      (p) => p.id === product.id,
    );
    expect(listed?.sourcePivotId).toBe(pivot.id);
    const again = await post(konsultan, {
      pivotId: pivot.id,
      unit: "lembar",
      category: "Masker",
      price: 5000,
    });
    expect(again.statusCode).toBe(409);
  });

  it("refuses a pivot out of scope, a role without the store, and an unknown pivot", async () => {
    const out = await pivotIn(VILLAGE_OUT);
    const body = { pivotId: out.pivot.id, unit: "lembar", category: "Masker", price: 5000 };
    expect([403, 404]).toContain((await post(konsultan, body)).statusCode);
    const inside = await pivotIn(VILLAGE_IN);
    expect((await post(operator, { ...body, pivotId: inside.pivot.id })).statusCode).toBe(403);
    const unknown = { ...body, pivotId: "0190a000-0000-7000-8000-000000000000" };
    expect((await post(admin, unknown)).statusCode).toBe(404);
  });
});
