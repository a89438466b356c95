import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { createProduct, type Kit } from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const productId = await createProduct(kit, { name: 'Tas <anyam> & "rotan" Banjar', price: 125000 });

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk that follows the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("square pictures as PNG drawn on the server", () => {
  it("serves the flyer's square picture as a 1080×1080 PNG for staff", async () => {
    const res = await t.app.inject({
      url: `/api/market/flyers/square.png?productIds=${productId}`,
      headers: { cookie: kit.konsultan },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(res.headers["cache-control"]).toContain("max-age");
    expect(pngSize(res.rawPayload)).toEqual({ width: 1080, height: 1080 });
  });

  it('escapes <&>" of a product name in the SVG the PNG is drawn from', async () => {
    const res = await t.app.inject({
      url: `/api/market/flyers/square.svg?productIds=${productId}`,
      headers: { cookie: kit.konsultan },
    });
    expect(res.body).toContain("Tas &#60;anyam&#62; &#38; &#34;rotan&#34; Banjar");
    expect(res.body).not.toContain("<anyam>");
  });

  it("serves each product's og:image as a public 1080×1080 PNG, also with <&>\" in its name", async () => {
    const res = await t.app.inject({ url: `/api/market/catalogue/${productId}/og.png` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(res.headers["cache-control"]).toBe("public, max-age=3600");
    expect(pngSize(res.rawPayload)).toEqual({ width: 1080, height: 1080 });
  });

  it("answers 404 for an unknown product", async () => {
    const res = await t.app.inject({
      url: "/api/market/catalogue/00000000-0000-4000-8000-000000000000/og.png",
    });
    expect(res.statusCode).toBe(404);
  });
});
