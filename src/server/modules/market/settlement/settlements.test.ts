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
const ani = await createProducer(kit, "Penjahit Ani");
const budi = await createProducer(kit, "Penjahit Budi");
const productId = await createProduct(kit, { name: "Masker bagi hasil" });
const day = localToday();
await consign(kit, { productId, producerId: ani, quantity: 50, date: day });
await consign(kit, { productId, producerId: budi, quantity: 50, date: day });

const staff = (method: "GET" | "POST", url: string, payload?: Record<string, unknown>) =>
  t.app.inject(
    payload === undefined
      ? { method, url, headers: { cookie: kit.konsultan } }
      : { method, url, headers: { cookie: kit.konsultan }, payload },
  );

describe("producer settlement", () => {
  it("pays each producer their share of what was sold and paid in the period", async () => {
    for (let i = 0; i < 3; i++) {
      const placed = await t.app.inject({
        method: "POST",
        url: "/api/market/orders",
        remoteAddress: nextIp(),
        payload: orderBody(productId, 10),
      });
      const id = (
        await t.database.pool.query("select id from market.orders where code = $1", [placed.json().code])
      ).rows[0].id;
      expect((await staff("POST", `/api/market/admin/orders/${id}/pay`, { method: "cash" })).statusCode).toBe(
        200,
      );
    }
    const previewRes = await staff("GET", `/api/market/admin/settlements?from=${day}&to=${day}`);
    expect(previewRes.statusCode, previewRes.body).toBe(200);
    const preview = previewRes.json();
    expect(
      preview.map(
        (r: {
          producerName: string;
          unitsSold: number;
          netSales: number;
          producerShare: number;
          payable: number;
          status: string;
        }) => [r.producerName, r.unitsSold, r.netSales, r.producerShare, r.payable, r.status],
      ),
    ).toEqual([
      ["Penjahit Ani", 15, 75_000, 63_750, 63_750, "preview"],
      ["Penjahit Budi", 15, 75_000, 63_750, 63_750, "preview"],
    ]);
    const closed = await staff("POST", "/api/market/admin/settlements", { from: day, to: day });
    expect(closed.statusCode, closed.body).toBe(201);
    const rows = closed.json();
    expect(rows.every((r: { status: string }) => r.status === "open")).toBe(true);
    expect((await staff("POST", "/api/market/admin/settlements", { from: day, to: day })).statusCode).toBe(
      409,
    );
    const paid = await staff("POST", `/api/market/admin/settlements/${rows[0].id}/paid`);
    expect(paid.statusCode).toBe(200);
    const pdf = await staff("GET", `/api/market/settlements/${rows[0].id}/statement.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const xlsx = await staff("GET", `/api/market/admin/settlements.xlsx?from=${day}&to=${day}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("a producer's own view", () => {
  it("shows the tailor what they consigned, what sold and what is left", async () => {
    const { createUser, systemCtx } = await import("../../access");
    const { createBusiness } = await import("../../registry");
    // An account is bound only to a business of the register inside the scope.
    const created = await createBusiness({
      ctx: systemCtx(t.database, "test"),
      input: {
        owner: {
          nik: "6271015205800456",
          name: "Ani",
          sex: "P",
          birthDate: "1980-05-12",
          phone: "0812-3456-7890",
          rt: "2",
          rw: "5",
          villageCode: "62.71.01.1003",
        },
        business: {
          name: "Penjahit Bu Siti",
          sector: "konveksi",
          regionCode: "62.71.01.1003",
          dailyCapacity: 50,
          annualTurnover: 60_000_000,
          sizeAsOf: "2020-05-01",
        },
        impact: {
          assessedOn: "2020-05-04",
          turnoverBefore: 5_000_000,
          turnoverAfter: 2_000_000,
          affected: true,
          reasons: ["demand_down"],
        },
      },
    });
    const businessId = created.page.business.id;
    await t.database.pool.query("update market.producers set business_id = $1 where id = $2", [
      businessId,
      ani,
    ]);
    await createUser({
      ctx: systemCtx(t.database, "test"),
      input: {
        username: "ani.penjahit",
        displayName: "Ani",
        role: "pelaku_usaha",
        scope: "62.71",
        password: "sinergi-demo-2020",
        businessId,
      },
    });
    const cookie = await t.login("ani.penjahit");
    const mine = (await t.app.inject({ url: "/api/market/my/stock", headers: { cookie } })).json();
    expect(mine).toEqual({
      producerName: "Penjahit Ani",
      products: [
        expect.objectContaining({ productName: "Masker bagi hasil", intake: 50, sold: 15, onHand: 35 }),
      ],
    });
    const statements = (
      await t.app.inject({ url: "/api/market/my/settlements", headers: { cookie } })
    ).json();
    expect(statements).toHaveLength(1);
    const pdf = await t.app.inject({
      url: `/api/market/settlements/${statements[0].id}/statement.pdf`,
      headers: { cookie },
    });
    expect(pdf.statusCode).toBe(200);
  });
});
