// S5 end to end through the API: procured masks are delivered with a hand-over record (BAST) per
// delivery, and the free-mask programme hands out only what was delivered, counting it down.
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../testing/pdf-text";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx } from "../../access";
import { OPEN_RULES } from "../domain";
import { createProgramme } from "../programmes/manage-programmes";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const kit = { konsultan: await t.login("konsultan.plut") };
const operator = await t.login("operator.palangkaraya");
const admin = await t.login("admin.kalteng");

async function call(cookie: string, method: "GET" | "POST", url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload ? { payload: payload as object } : {}),
  });
}

const inDays = (n: number) =>
  new Date(Date.now() + 7 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

async function deliveredProcurement() {
  const tailor = (
    await call(kit.konsultan, "POST", "/api/market/producers", {
      name: "Penjahit Bu Sari",
      regionCode: "62.71",
      dailyCapacity: 50,
    })
  ).json().id as string;
  const productId = (
    await call(kit.konsultan, "POST", "/api/market/admin/products", {
      name: "Masker bantuan",
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      producerIds: [tailor],
    })
  ).json().id as string;
  const res = await call(kit.konsultan, "POST", "/api/market/procurements", {
    productId,
    quantity: 100,
    dueDate: inDays(5),
    institution: "Dinas Koperasi Kotim",
    contactName: "Rina",
    phone: "0812 5000 4321",
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; purchaseOrders: Array<{ id: string; number: string }> };
}

function handover(proposalId: string, itemId: string, quantity: number) {
  const b = "----s5";
  const f = (k: string, v: string) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  return t.app.inject({
    method: "POST",
    url: `/api/aid/proposals/${proposalId}/items/${itemId}/handover`,
    headers: { cookie: operator, "content-type": `multipart/form-data; boundary=${b}` },
    payload: Buffer.from(
      `${f("quantity", String(quantity))}${f("handedOn", "2020-07-01")}${f("receivedBy", "Penerima Uji")}` +
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="tt.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${b}--\r\n`,
    ),
  });
}

describe("S5: procurement → PO → deliveries with BAST → in-kind hand-overs from the delivered stock", () => {
  it("issues a PO PDF, one BAST per delivery, and refuses to lower a signed delivery", async () => {
    const p = await deliveredProcurement();
    const po = p.purchaseOrders[0]!;
    const poPdf = await call(kit.konsultan, "GET", `/api/market/purchase-orders/${po.id}/po.pdf`);
    expect(poPdf.headers["content-type"]).toBe("application/pdf");
    const poText = await pdfText(poPdf.rawPayload);
    expect(poText).toContain("SURAT PESANAN");
    expect(poText).toContain(po.number);
    expect(poText).toContain("Penjahit Bu Sari");

    const first = await call(kit.konsultan, "POST", `/api/market/purchase-orders/${po.id}/delivered`, {
      quantity: 60,
      receivedBy: "Yanti (PLUT)",
    });
    expect(first.json()).toMatchObject({ delivered: 60, status: "partly_delivered" });
    const second = await call(kit.konsultan, "POST", `/api/market/purchase-orders/${po.id}/delivered`, {
      quantity: 100,
    });
    expect(second.json()).toMatchObject({ delivered: 100, status: "delivered" });
    const lower = await call(kit.konsultan, "POST", `/api/market/purchase-orders/${po.id}/delivered`, {
      quantity: 50,
    });
    expect(lower.statusCode).toBe(409);
    expect(lower.json().error.code).toBe("DELIVERY_BELOW_RECORDED");

    const list = (await call(kit.konsultan, "GET", "/api/market/procurements")).json() as Array<{
      id: string;
      purchaseOrders: Array<{ deliveries: Array<{ id: string; number: string; quantity: number }> }>;
    }>;
    const deliveries = list.find((x) => x.id === p.id)?.purchaseOrders[0]?.deliveries ?? [];
    expect(deliveries.map((d) => d.quantity)).toEqual([60, 40]);
    expect(deliveries[0]?.number).toMatch(/^BAST-.+-01$/);
    const bast = await pdfText(
      (await call(kit.konsultan, "GET", `/api/market/procurement-deliveries/${deliveries[1]?.id}/bast.pdf`))
        .rawPayload,
    );
    expect(bast).toContain("BERITA ACARA SERAH TERIMA");
    expect(bast).toContain(deliveries[1]?.number ?? "?");
    expect(bast).toMatch(/Masker bantuan\s+40\s+100\s+100/);
  });

  it("hands out masks only from the delivered units and counts them down", async () => {
    const p = await deliveredProcurement();
    const po = p.purchaseOrders[0]!;
    await call(kit.konsultan, "POST", `/api/market/purchase-orders/${po.id}/delivered`, { quantity: 30 });
    const rules = { ...OPEN_RULES, sizeClasses: [], sectors: [], excludedOccupations: [] };
    const masks = await createProgramme({
      ctx,
      input: {
        code: "T-MASKER-STOK",
        name: "Masker Gratis Uji",
        fundSource: "APBD",
        kind: "in_kind",
        amount: 0,
        unit: "masker",
        unitsPerRecipient: 20,
        periodStart: "2020-06-01",
        phases: [],
        requiredDocuments: [],
        exclusions: [],
        rules,
      },
    });
    const sources = (await call(admin, "GET", "/api/aid/in-kind-sources")).json() as Array<{
      procurementId: string;
    }>;
    expect(sources.map((s) => s.procurementId)).toContain(p.id);
    const linked = await call(admin, "POST", `/api/aid/programmes/${masks.id}/stock-source`, {
      procurementId: p.id,
    });
    expect(linked.json()).toMatchObject({ delivered: 30, handedOut: 0, remaining: 30 });

    const prop = (
      await call(operator, "POST", "/api/aid/proposals", { programmeId: masks.id, regionCode: "62.71" })
    ).json().id as string;
    const items: string[] = [];
    for (const nik of ["6271014503880201", "6271014503880202"])
      items.push(
        (
          await call(operator, "POST", `/api/aid/proposals/${prop}/items`, { nik, nama: `Warga ${nik}` })
        ).json().item.id,
      );
    await call(operator, "POST", `/api/aid/proposals/${prop}/submit`);
    await call(admin, "POST", `/api/aid/proposals/${prop}/verify`);
    await call(admin, "POST", `/api/aid/proposals/${prop}/approve`, { decreeNumber: "B-9/2020" });

    expect((await handover(prop, items[0]!, 20)).statusCode).toBe(201);
    const programme = (await call(operator, "GET", `/api/aid/programmes/${masks.id}`)).json();
    expect(programme.stock).toMatchObject({ delivered: 30, handedOut: 20, remaining: 10 });
    const short = await handover(prop, items[1]!, 20);
    expect(short.statusCode).toBe(409);
    expect(short.json().error.code).toBe("AID_STOCK_SHORT");
    // the tailor brings the rest: the stock grows and the second recipient gets their masks
    await call(kit.konsultan, "POST", `/api/market/purchase-orders/${po.id}/delivered`, { quantity: 100 });
    expect((await handover(prop, items[1]!, 20)).statusCode).toBe(201);
    expect((await call(operator, "GET", `/api/aid/programmes/${masks.id}`)).json().stock).toMatchObject({
      delivered: 100,
      handedOut: 40,
      remaining: 60,
    });
  });
});
