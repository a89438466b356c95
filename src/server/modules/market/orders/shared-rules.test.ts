// A buyer's WhatsApp number with the shared mobile rule: the store used to accept any 08x prefix.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { createProduct, type Kit, nextIp, orderBody } from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };

const order = (productId: string, phone: string) =>
  t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, 1, { buyer: { name: "Ani", phone, type: "individual" } }),
  });

describe("POST /api/market/orders with the shared phone rule", () => {
  it.each([
    ["0841 2345 6789", "no operator uses 084"],
    ["08l2 3456 7890", "a letter l for a one"],
  ])("refuses %s (%s) with 400 on buyer.phone", async (phone) => {
    const productId = await createProduct(kit, { name: `Masker ${phone}` });
    const res = await order(productId, phone);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(["buyer.phone"]);
  });
});
