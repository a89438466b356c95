import { parse as parseEmv } from "promptparse";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { parseQris, SAMPLE_STATIC_QRIS } from "../domain";
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
  "insert into market.plut_settings (region_code, name, static_qris, bank_account) values ('62', 'PLUT Kalteng', $1, 'Bank Kalteng 100.01.00001')",
  [SAMPLE_STATIC_QRIS],
);
const producerId = await createProducer(kit, "Penjahit Ani");
const productId = await createProduct(kit, { name: "Masker bayar" });
await consign(kit, { productId, producerId, quantity: 100, date: localToday() });

async function readyOrder(quantity: number): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, quantity),
  });
  expect(res.statusCode).toBe(201);
  return res.json().code as string;
}

function upload(url: string) {
  const boundary = "----bukti";
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti.png"\r\nContent-Type: image/png\r\n\r\n`;
  return t.app.inject({
    method: "POST",
    url,
    payload: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  });
}

describe("paying an order", () => {
  it("offers a dynamic QRIS with the exact amount and a transfer amount with a unique code", async () => {
    const code = await readyOrder(3);
    const options = (await t.app.inject({ url: `/api/market/orders/${code}/payment` })).json();
    expect(options).toMatchObject({ code, payable: true, amount: 15_000, paymentStatus: "unpaid" });
    const qris = parseQris(options.qris);
    expect(qris.ok && qris.qris).toMatchObject({ initiation: "dynamic", amount: 15_000, billNumber: code });
    expect(parseEmv(options.qris)).not.toBeNull();
    expect(options.transfer.amount - 15_000).toBe(options.transfer.uniqueCode);
    expect(options.transfer.uniqueCode).toBeGreaterThanOrEqual(1);
    const again = (await t.app.inject({ url: `/api/market/orders/${code}/payment` })).json();
    expect(again.transfer.amount).toBe(options.transfer.amount);
  });

  it("takes a transfer proof, lets the konsultan accept it, then gives a PDF receipt", async () => {
    const code = await readyOrder(2);
    expect((await t.app.inject({ url: `/api/market/orders/${code}/receipt.pdf` })).statusCode).toBe(409);
    const proof = await upload(`/api/market/orders/${code}/proof`);
    expect(proof.statusCode, proof.body).toBe(201);
    const pending = (
      await t.app.inject({ url: "/api/market/admin/payments", headers: { cookie: kit.konsultan } })
    ).json();
    const mine = pending.find((p: { code: string }) => p.code === code);
    expect(mine).toMatchObject({ method: "transfer", hasProof: true, orderTotal: 10_000 });
    const verify = await t.app.inject({
      method: "POST",
      url: `/api/market/admin/payments/${mine.id}/verify`,
      headers: { cookie: kit.konsultan },
      payload: { accept: true },
    });
    expect(verify.statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/market/orders/${code}` })).json().paymentStatus).toBe("paid");
    const receipt = await t.app.inject({ url: `/api/market/orders/${code}/receipt.pdf` });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers["content-type"]).toBe("application/pdf");
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("matches a bank statement line to the order by its unique amount and code", async () => {
    const code = await readyOrder(1);
    const options = (await t.app.inject({ url: `/api/market/orders/${code}/payment` })).json();
    const amount = new Intl.NumberFormat("id-ID").format(options.transfer.amount);
    const csv = `Tanggal;Keterangan;Mutasi;Saldo\n${localToday()};TRF ${code} SITI;${amount} CR;9.999.999\n${localToday()};SETOR TUNAI;123 CR;1`;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/admin/statements",
      headers: { cookie: kit.konsultan },
      payload: { csv },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [first, second] = res.json();
    expect(first).toMatchObject({
      kind: "match",
      amount: options.transfer.amount,
      orders: [{ code }],
      reason: "amount_and_code",
    });
    expect(second).toMatchObject({ kind: "unmatched", orders: [] });
  });
});

describe("delivery", () => {
  it("adds the ojek fee to an unpaid order, shows the tracking number, and closes it when delivered", async () => {
    const body = orderBody(productId, 2, {
      fulfilment: { method: "delivery", address: "Jl. G. Obos No. 12, Palangka Raya", regionCode: "62.71" },
    });
    const code = (
      await t.app.inject({
        method: "POST",
        url: "/api/market/orders",
        remoteAddress: nextIp(),
        payload: body,
      })
    ).json().code as string;
    const id = (await t.database.pool.query("select id from market.orders where code = $1", [code])).rows[0]
      .id;
    const sent = await t.app.inject({
      method: "POST",
      url: `/api/market/admin/orders/${id}/delivery`,
      headers: { cookie: kit.konsultan },
      payload: { carrier: "ojek", fee: 12_000, trackingNumber: "GRAB-123", status: "sent" },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const tracked = (await t.app.inject({ url: `/api/market/orders/${code}` })).json();
    expect(tracked).toMatchObject({
      total: 22_000,
      delivery: { carrier: "ojek", fee: 12_000, trackingNumber: "GRAB-123", status: "sent" },
    });
    const paid = await t.app.inject({
      method: "POST",
      url: `/api/market/admin/orders/${id}/pay`,
      headers: { cookie: kit.konsultan },
      payload: { method: "cash" },
    });
    expect(paid.json()).toMatchObject({ paymentStatus: "paid", total: 22_000 });
    const delivered = await t.app.inject({
      method: "POST",
      url: `/api/market/admin/orders/${id}/delivery`,
      headers: { cookie: kit.konsultan },
      payload: { carrier: "ojek", fee: 12_000, status: "delivered" },
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect((await t.app.inject({ url: `/api/market/orders/${code}` })).json().status).toBe("fulfilled");
  });
});
