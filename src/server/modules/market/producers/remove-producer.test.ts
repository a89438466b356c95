// Issue finding: a bulk registration added 31 producers (a phone repair shop among them) with no way
// to remove them. A producer is removable until its first consignment.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { consign, createProducer, createProduct, type Kit, localToday } from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const remove = (id: string) =>
  t.app.inject({ method: "DELETE", url: `/api/market/producers/${id}`, headers: { cookie: kit.konsultan } });
const names = async () =>
  (await t.app.inject({ url: "/api/market/producers", headers: { cookie: kit.konsultan } }))
    .json()
    .map((p: { name: string }) => p.name);

describe("removing a producer", () => {
  it("removes one registered by mistake, and refuses once it has consigned goods", async () => {
    const wrong = await createProducer(kit, "Servis HP Bu Sri");
    const tailor = await createProducer(kit, "Penjahit Ani");
    const productId = await createProduct(kit, { name: "Masker hapus" });
    await consign(kit, { productId, producerId: tailor, quantity: 5, date: localToday() });
    const removed = await remove(wrong);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await names()).not.toContain("Servis HP Bu Sri");
    const kept = await remove(tailor);
    expect(kept.statusCode).toBe(409);
    expect(kept.json().error.code).toBe("PRODUCER_IN_USE");
    expect(await names()).toContain("Penjahit Ani");
  });
});
