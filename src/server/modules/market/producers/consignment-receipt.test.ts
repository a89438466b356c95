// Issue finding: no producer could sign in as one. A pelaku_usaha bound to a tailor's business sees
// their own intakes with a signed receipt each (and nobody else's), and statements with periods.
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../testing/pdf-text";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";
import { createUser, systemCtx } from "../../access";
import { createBusiness } from "../../registry";
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
const ctx = systemCtx(t.database, "test");
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });

describe("a tailor's own view: intakes with receipts, statements with periods", () => {
  it("lists the owner's intakes, serves their receipt PDF, and hides other producers' receipts", async () => {
    const created = await createBusiness({
      ctx,
      input: {
        owner: { nik: "6271015506850011", name: "Sari Wulandari", sex: "P" },
        business: { name: "Jahit Sari", sector: "konveksi", regionCode: "62.71.01.1001" },
      },
    });
    const businessId = created.page.business.id;
    const mine = (
      await t.app.inject({
        method: "POST",
        url: "/api/market/producers",
        headers: { cookie: kit.konsultan },
        payload: { businessId, producerShareBps: 8500, dailyCapacity: 50 },
      })
    ).json().id as string;
    const other = await createProducer(kit, "Penjahit Lain");
    // namesakes are told apart by owner and village in the producers list
    const listed = (await get(kit.konsultan, "/api/market/producers")).json();
    expect(listed.find((p: { id: string }) => p.id === mine)).toMatchObject({
      ownerName: "Sari Wulandari",
      regionCode: "62.71.01.1001",
      regionName: expect.any(String),
    });
    const productId = await createProduct(kit, { name: "Masker titip", producerIds: [mine, other] });
    await consign(kit, { productId, producerId: mine, quantity: 40, date: localToday() });
    await consign(kit, { productId, producerId: mine, quantity: 5, date: localToday() });
    await consign(kit, { productId, producerId: other, quantity: 7, date: localToday() });
    await createUser({
      ctx,
      input: {
        username: "penjahit.sari",
        displayName: "Sari",
        role: "pelaku_usaha",
        scope: "62.71",
        password: DEMO_PASSWORD,
        businessId,
      },
    });
    const owner = await t.login("penjahit.sari");
    const intakes = (await get(owner, "/api/market/my/intakes")).json();
    expect(intakes.map((i: { quantity: number }) => i.quantity)).toEqual([5, 40]);
    expect(intakes[1]).toMatchObject({ productName: "Masker titip", quantity: 40 });
    expect(intakes[1].receiptNumber).toMatch(/^TT-\d{8}-[0-9A-F]{6}$/);
    // two intakes of one day get two receipt numbers (ids share their time-ordered prefix)
    expect(intakes[0].receiptNumber).not.toBe(intakes[1].receiptNumber);
    const receipt = await get(owner, `/api/market/consignments/${intakes[1].id}/receipt.pdf`);
    expect(receipt.statusCode).toBe(200);
    const text = await pdfText(receipt.rawPayload);
    expect(text).toContain("TANDA TERIMA BARANG TITIPAN");
    expect(text).toContain("Jahit Sari (Sari Wulandari)");
    expect(text).toContain("40 lembar");
    expect(text).toMatch(/SHA-256\): [0-9a-f]{64}/);

    const ledger = await t.database.pool.query<{ id: string }>(
      "select id from market.stock_ledger where producer_id = $1 and kind = 'intake'",
      [other],
    );
    const theirs = ledger.rows[0]?.id;
    expect((await get(owner, `/api/market/consignments/${theirs}/receipt.pdf`)).statusCode).toBe(404);
    expect((await get(kit.konsultan, `/api/market/consignments/${theirs}/receipt.pdf`)).statusCode).toBe(200);

    // a buyer buys 10 masks and pays cash: the sale reaches the period's statements
    const placed = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 10),
    });
    const order = (
      await t.database.pool.query("select id from market.orders where code = $1", [placed.json().code])
    ).rows[0].id;
    await t.app.inject({
      method: "POST",
      url: `/api/market/admin/orders/${order}/pay`,
      headers: { cookie: kit.konsultan },
      payload: { method: "cash" },
    });
    const closed = await t.app.inject({
      method: "POST",
      url: "/api/market/admin/settlements",
      headers: { cookie: kit.konsultan },
      payload: { from: localToday(), to: localToday() },
    });
    expect(closed.statusCode, closed.body).toBe(201);
    const statements = (await get(owner, "/api/market/my/settlements")).json();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ periodFrom: localToday(), periodTo: localToday(), status: "open" });
    expect(statements[0].unitsSold).toBeGreaterThan(0);
  });
});
