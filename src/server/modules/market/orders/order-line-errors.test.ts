// An order's lines are merged per product and sorted before stock is taken; a refusal must still
// point at the lines the buyer sent, in the buyer's order, so the store marks the right product.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  nextIp,
  orderBody,
} from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const producerId = await createProducer(kit, "Penjahit Lina");

/** Two products on the shelf, named by where their ids sort: `first` sorts before `second`. */
async function twoProducts(stock: { first: number; second: number }) {
  const a = { id: await createProduct(kit, { name: "Masker biru" }), name: "Masker biru" };
  const b = { id: await createProduct(kit, { name: "Masker hijau" }), name: "Masker hijau" };
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  await consign(kit, { productId: first.id, producerId, quantity: stock.first, date: localToday() });
  await consign(kit, { productId: second.id, producerId, quantity: stock.second, date: localToday() });
  return { first, second };
}

const place = (items: Array<{ productId: string; quantity: number }>) =>
  t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: { ...orderBody(items[0]?.productId ?? "", 1), items },
  });

describe("an order refused for stock names the buyer's own line", () => {
  it("points at the second line when the product listed second sorts first", async () => {
    const { first, second } = await twoProducts({ first: 2, second: 10 });
    const res = await place([
      { productId: second.id, quantity: 1 },
      { productId: first.id, quantity: 5 },
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "OUT_OF_STOCK",
      message: `Stok ${first.name} tidak mencukupi.`,
      issues: [{ path: "items.1.quantity", message: `Stok ${first.name} tidak mencukupi: tersedia 2.` }],
    });
  });

  it("points at every line of a product the buyer listed twice", async () => {
    const { first, second } = await twoProducts({ first: 3, second: 10 });
    const res = await place([
      { productId: second.id, quantity: 1 },
      { productId: first.id, quantity: 2 },
      { productId: first.id, quantity: 2 },
    ]);
    expect(res.statusCode).toBe(409);
    const message = `Stok ${first.name} tidak mencukupi: tersedia 3.`;
    expect(res.json().error.issues).toEqual([
      { path: "items.1.quantity", message },
      { path: "items.2.quantity", message },
    ]);
  });

  it("answers in English with the product's name", async () => {
    const { first, second } = await twoProducts({ first: 1, second: 10 });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      headers: { "accept-language": "en" },
      payload: {
        ...orderBody(second.id, 1),
        items: [
          { productId: second.id, quantity: 1 },
          { productId: first.id, quantity: 2 },
        ],
      },
    });
    expect(res.json().error).toMatchObject({
      message: `Not enough stock of ${first.name}.`,
      issues: [{ path: "items.1.quantity", message: `Not enough stock of ${first.name}: 1 available.` }],
    });
  });
});

describe("a limit on a product listed twice", () => {
  it("points at both of its lines", async () => {
    const capped = await createProduct(kit, { name: "Masker terbatas", maxPerOrder: 5 });
    const other = await createProduct(kit, { name: "Masker bebas" });
    const res = await place([
      { productId: other, quantity: 1 },
      { productId: capped, quantity: 3 },
      { productId: capped, quantity: 3 },
    ]);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      "items.1.quantity",
      "items.2.quantity",
    ]);
  });
});
