import { describe, expect, it } from "vitest";
import { pdfText } from "../../../testing/pdf-text";
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
const producerId = await createProducer(kit, "Penjahit Ani");
const productId = await createProduct(kit, { name: "Masker kain batik" });
await consign(kit, { productId, producerId, quantity: 20, date: localToday() });

describe("the buyer's receipt", () => {
  it("prints a buyer named Ṣiti Nguyễn – Tjhin Nyuk Fa as written", async () => {
    const buyerName = "Ṣiti Nguyễn – Tjhin Nyuk Fa";
    const body = orderBody(productId, 2);
    const placed = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: { ...body, buyer: { ...body.buyer, name: buyerName } },
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const code: string = placed.json().code;
    const { rows } = await t.database.pool.query<{ id: string }>(
      "select id from market.orders where code = $1",
      [code],
    );
    const paid = await t.app.inject({
      method: "POST",
      url: `/api/market/admin/orders/${rows[0]?.id}/pay`,
      headers: { cookie: kit.konsultan },
      payload: { method: "cash" },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    // Without the phone's last 4 digits the receipt names the buyer by initials only.
    const anonymous = await t.app.inject({ url: `/api/market/orders/${code}/receipt.pdf` });
    expect(anonymous.statusCode).toBe(200);
    expect(await pdfText(anonymous.rawPayload)).not.toContain("Nguyễn");
    const digits = String(body.buyer.phone).slice(-4);
    const receipt = await t.app.inject({ url: `/api/market/orders/${code}/receipt.pdf?phone=${digits}` });
    expect(receipt.statusCode).toBe(200);
    const text = await pdfText(receipt.rawPayload);
    expect(text).toContain(buyerName);
    expect(text).toContain("Masker kain batik");
  });
});
