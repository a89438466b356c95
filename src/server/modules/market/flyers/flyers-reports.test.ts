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
const producerId = await createProducer(kit, "Penjahit Ani");
const productId = await createProduct(kit, { name: "Masker flyer", producerIds: [producerId] });
await consign(kit, { productId, producerId, quantity: 20, date: localToday() });

describe("flyers (S8) and reports", () => {
  it("renders an A4 catalogue PDF and a square SVG with QR links tagged with the campaign", async () => {
    const pdf = await t.app.inject({
      url: `/api/market/flyers/catalogue.pdf?productIds=${productId}`,
      headers: { cookie: kit.konsultan },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const svg = await t.app.inject({
      url: `/api/market/flyers/square.svg?productIds=${productId}`,
      headers: { cookie: kit.konsultan },
    });
    expect(svg.headers["content-type"]).toContain("image/svg+xml");
    expect(svg.body).toContain("Masker flyer");
    expect(svg.body).toContain('width="1080" height="1080"');
  });

  it("counts orders that came through the campaign and buyers by origin", async () => {
    const body = orderBody(productId, 2, {
      channel: "ayo-beli-umkm",
      fulfilment: { method: "pickup", regionCode: "63.71" },
    });
    body.buyer = { ...body.buyer, type: "institution", institution: "BNI Banjarmasin" } as typeof body.buyer;
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/market/orders",
          remoteAddress: nextIp(),
          payload: body,
        })
      ).statusCode,
    ).toBe(201);
    const report = (
      await t.app.inject({
        url: `/api/market/admin/reports?from=${localToday()}&to=${localToday()}`,
        headers: { cookie: kit.konsultan },
      })
    ).json();
    expect(report.campaign).toMatchObject({
      tag: "ayo-beli-umkm",
      orders: 1,
      institutions: 1,
      units: 2,
      revenue: 10_000,
    });
    expect(report.byOrigin).toContainEqual(
      expect.objectContaining({ regionCode: "63.71", orders: 1, units: 2 }),
    );
    expect(report.dailySales[0]).toMatchObject({ orders: 1, units: 2, revenue: 10_000 });
    expect(report.perProducer).toContainEqual(
      expect.objectContaining({ producerName: "Penjahit Ani", consigned: 20, sold: 2, onHand: 18 }),
    );
  });
});
