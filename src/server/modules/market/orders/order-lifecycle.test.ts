// Issue findings on the order's money, replayed through the HTTP API on PostgreSQL.
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
await t.database.pool.query(
  "insert into market.plut_settings (region_code, name, bank_account) values ('62', 'PLUT Kalteng', 'Bank Kalteng 100.01.00001')",
);
const producerId = await createProducer(kit, "Penjahit Fatimah");
const productId = await createProduct(kit, { name: "Masker siklus" });
const day = localToday();
await consign(kit, { productId, producerId, quantity: 200, date: day });

const staff = (url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: payload ? "POST" : "GET", url, headers: { cookie: kit.konsultan }, payload });

async function readyOrder(quantity: number): Promise<{ code: string; id: string }> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, quantity),
  });
  expect(res.statusCode, res.body).toBe(201);
  const code = res.json().code as string;
  const { rows } = await t.database.pool.query("select id from market.orders where code = $1", [code]);
  return { code, id: rows[0].id };
}

function uploadProof(code: string) {
  const boundary = "----bukti";
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti.png"\r\nContent-Type: image/png\r\n\r\n`;
  return t.app.inject({
    method: "POST",
    url: `/api/market/orders/${code}/proof`,
    payload: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  });
}

const tracked = async (code: string) => (await t.app.inject({ url: `/api/market/orders/${code}` })).json();

describe("a paid order stays paid", () => {
  it("leaves the payment queue once marked paid, and refuses a later rejection with ALREADY_PAID", async () => {
    const { code, id } = await readyOrder(2);
    expect((await uploadProof(code)).statusCode).toBe(201);
    const queued = (await staff("/api/market/admin/payments")).json();
    const proof = queued.find((p: { code: string }) => p.code === code);
    expect(proof).toBeTruthy();
    // "Cocokkan → Tandai lunas": the statement line pays the order.
    expect(
      (await staff(`/api/market/admin/orders/${id}/pay`, { method: "transfer", reference: "mutasi" }))
        .statusCode,
    ).toBe(200);
    const after = (await staff("/api/market/admin/payments")).json();
    expect(after.find((p: { code: string }) => p.code === code)).toBeUndefined();
    const reject = await staff(`/api/market/admin/payments/${proof.id}/verify`, { accept: false });
    expect(reject.statusCode, reject.body).toBe(409);
    expect(reject.json().error.code).toBe("ALREADY_PAID");
    expect((await tracked(code)).paymentStatus).toBe("paid");
    expect((await t.app.inject({ url: `/api/market/orders/${code}/receipt.pdf` })).statusCode).toBe(200);
  });

  it("the database refuses turning a paid order back to unpaid", async () => {
    const { id } = await readyOrder(1);
    await staff(`/api/market/admin/orders/${id}/pay`, { method: "cash" });
    await expect(
      t.database.pool.query("update market.orders set payment_status = 'unpaid' where id = $1", [id]),
    ).rejects.toThrow();
    await expect(
      t.database.pool.query("update market.orders set status = 'queued' where id = $1", [id]),
    ).rejects.toThrow();
  });

  it("reverses a payment only as a refund with a reason, a refund receipt and an audit event", async () => {
    const { code, id } = await readyOrder(3);
    await staff(`/api/market/admin/orders/${id}/pay`, { method: "cash" });
    const noReason = await staff(`/api/market/admin/orders/${id}/refund`, { reason: "" });
    expect(noReason.statusCode).toBe(400);
    const refund = await staff(`/api/market/admin/orders/${id}/refund`, { reason: "Jahitan lepas" });
    expect(refund.statusCode, refund.body).toBe(200);
    expect(refund.json()).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
    const again = await staff(`/api/market/admin/orders/${id}/refund`, { reason: "lagi" });
    expect(again.statusCode).toBe(409);
    const receipt = await t.app.inject({ url: `/api/market/orders/${code}/receipt.pdf` });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers["content-disposition"]).toContain("pengembalian");
    const { rows } = await t.database.pool.query(
      "select after from access.audit_events where action = 'market.refund-order' and entity_id = $1",
      [id],
    );
    expect(rows[0]?.after).toMatchObject({
      paymentStatus: "refunded",
      amount: 15_000,
      reason: "Jahitan lepas",
    });
    const refunds = await t.database.pool.query(
      "select amount, kind from market.payments where order_id = $1 and kind = 'refund'",
      [id],
    );
    expect(refunds.rows).toEqual([{ amount: -15_000, kind: "refund" }]);
  });
});

describe("hand-over needs the money", () => {
  it("refuses handing over an unpaid order with PAYMENT_REQUIRED, or records the cash in the same step", async () => {
    const { code, id } = await readyOrder(4);
    const refused = await staff(`/api/market/admin/orders/${id}/fulfil`, {});
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe("PAYMENT_REQUIRED");
    expect((await tracked(code)).status).toBe("reserved");
    const short = await staff(`/api/market/admin/orders/${id}/fulfil`, { cashReceived: 1_000 });
    expect(short.statusCode).toBe(409);
    const done = await staff(`/api/market/admin/orders/${id}/fulfil`, { cashReceived: 20_000 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "fulfilled", paymentStatus: "paid", paymentMethod: "cash" });
    const cash = await t.database.pool.query(
      "select amount, method, status from market.payments where order_id = $1",
      [id],
    );
    expect(cash.rows).toEqual([{ amount: 20_000, method: "cash", status: "confirmed" }]);
    // The sale reaches the tailor's settlement.
    const preview = (await staff(`/api/market/admin/settlements?from=${day}&to=${day}`)).json();
    expect(preview[0]).toMatchObject({ producerName: "Penjahit Fatimah" });
    expect(preview[0].unitsSold).toBeGreaterThanOrEqual(4);
  });

  it("a delivered delivery order closes only when paid", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 1, {
        fulfilment: { method: "delivery", address: "Jl. G. Obos No. 12, Palangka Raya", regionCode: "62.71" },
      }),
    });
    const code = res.json().code as string;
    const { rows } = await t.database.pool.query("select id from market.orders where code = $1", [code]);
    const delivered = await staff(`/api/market/admin/orders/${rows[0].id}/delivery`, {
      carrier: "ojek",
      fee: 10_000,
      status: "delivered",
    });
    expect(delivered.statusCode).toBe(409);
    expect(delivered.json().error.code).toBe("PAYMENT_REQUIRED");
  });
});
