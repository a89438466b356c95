// Issue finding: confirming the allocation before the cut-off shut the store for that date while it
// still advertised the cut-off, and no other supply date could be pre-ordered.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { addDays } from "../domain/supply-day";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localTomorrow,
  nextIp,
  orderBody,
} from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const tailor = await createProducer(kit, "Penjahit Ani");
const productId = await createProduct(kit, { name: "Masker lusa" });
// The day after tomorrow: its cut-off (tomorrow 17.00) is always still ahead.
const day = addDays(localTomorrow(), 1);
const later = addDays(day, 1);
await consign(kit, { productId, producerId: tailor, quantity: 30, date: day, pool: "preorder" });
await consign(kit, { productId, producerId: tailor, quantity: 40, date: later, pool: "preorder" });

const staff = (url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url, headers: { cookie: kit.konsultan }, payload });
const preorder = (supplyDate: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, 5, { mode: "preorder", supplyDate }),
  });

describe("allocation and the cut-off", () => {
  it("refuses confirming before the cut-off (BEFORE_CUTOFF) unless pre-orders are closed now", async () => {
    expect((await preorder(day)).statusCode).toBe(201);
    const run = await staff("/api/market/allocations", { productId, supplyDate: day });
    expect(run.statusCode, run.body).toBe(200);
    const early = await staff(`/api/market/allocations/${run.json().runId}/confirm`, {});
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.code).toBe("BEFORE_CUTOFF");
    // Nothing changed: the store still takes orders for that date.
    expect((await preorder(day)).statusCode).toBe(201);

    const rerun = await staff("/api/market/allocations", { productId, supplyDate: day });
    const closed = await staff(`/api/market/allocations/${rerun.json().runId}/confirm`, { closeNow: true });
    expect(closed.statusCode, closed.body).toBe(200);

    const product = (await t.app.inject({ url: `/api/market/catalogue/${productId}` })).json();
    const dates = Object.fromEntries(
      product.supplyDates.map((d: { date: string; open: boolean; closedEarly: boolean }) => [d.date, d]),
    );
    expect(dates[day]).toMatchObject({ open: false, closedEarly: true });
    expect(dates[later]).toMatchObject({ open: true, preorderSupply: 40 });
    expect(product.nextSupplyDate).not.toBe(day);
    expect((await preorder(later)).statusCode).toBe(201);
    const refused = await preorder(day);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("PREORDER_CLOSED");
  });
});
