// Issue findings: the PLUT's address, hours and map were never shown to buyers; 50 buyers a day were
// told their allocation one wa.me link at a time; the counter could not open an order by its code
// nor say how much cash came in today.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { addDays } from "../domain/supply-day";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  localTomorrow,
  nextIp,
  orderBody,
} from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const tailor = await createProducer(kit, "Penjahit Wati");
const productId = await createProduct(kit, { name: "Masker pesan" });
const day = addDays(localTomorrow(), 1);
await consign(kit, { productId, producerId: tailor, quantity: 4, date: day, pool: "preorder" });
await consign(kit, { productId, producerId: tailor, quantity: 50, date: localToday() });

const call = (method: "GET" | "POST" | "PUT", url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: { cookie: kit.konsultan }, ...(payload ? { payload } : {}) });

async function order(extra: Record<string, unknown>, quantity = 3, phone?: string): Promise<string> {
  const body = orderBody(productId, quantity, extra);
  if (phone) body.buyer.phone = phone;
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().code as string;
}

const PLUT = {
  name: "PLUT Kalimantan Tengah",
  city: "Palangka Raya",
  address: "Jl. Tjilik Riwut Km 1, Palangka Raya",
  openingDays: [
    ...[1, 2, 3, 4, 5].map((day) => ({ day, opens: "08:00", closes: "16:00" })),
    { day: 6, opens: "08:00", closes: "12:00" },
  ],
  mapUrl: "https://maps.app.goo.gl/plutkalteng",
  whatsapp: "+6281251000200",
  paymentHours: 12,
};

describe("hours kept as free text before they were stored per day", () => {
  it("are shown to buyers and the konsultan until days are entered, then give way to them", async () => {
    expect((await call("PUT", "/api/market/admin/plut", { ...PLUT, openingDays: [] })).statusCode).toBe(200);
    // As the migration leaves a PLUT whose hours were one line of text.
    await t.database.pool.query(
      "update market.plut_settings set opening_hours_text = 'Senin–Sabtu 08.00–16.00'",
    );
    const text = { openingDays: [], openingHoursText: "Senin–Sabtu 08.00–16.00" };
    expect((await t.app.inject({ url: "/api/market/pluts" })).json()[0]).toMatchObject(text);
    expect((await call("GET", "/api/market/admin/plut")).json()).toMatchObject(text);
    // Saving without days keeps the text; saving days replaces it.
    await call("PUT", "/api/market/admin/plut", { ...PLUT, openingDays: [] });
    expect((await t.app.inject({ url: "/api/market/pluts" })).json()[0]).toMatchObject(text);
    await call("PUT", "/api/market/admin/plut", PLUT);
    expect((await t.app.inject({ url: "/api/market/pluts" })).json()[0]).toMatchObject({
      openingDays: PLUT.openingDays,
      openingHoursText: "",
    });
  });
});

describe("the PLUT's address, hours and map", () => {
  it("are edited by the konsultan and shown on the store, product and tracking reads", async () => {
    const bad = await call("PUT", "/api/market/admin/plut", { ...PLUT, mapUrl: "javascript:alert(1)" });
    expect(bad.statusCode).toBe(400);
    const saved = await call("PUT", "/api/market/admin/plut", PLUT);
    expect(saved.statusCode, saved.body).toBe(200);
    const twice = [...PLUT.openingDays, { day: 1, opens: "09:00", closes: "10:00" }];
    expect((await call("PUT", "/api/market/admin/plut", { ...PLUT, openingDays: twice })).statusCode).toBe(
      400,
    );
    const info = { address: PLUT.address, openingDays: PLUT.openingDays, mapUrl: PLUT.mapUrl };
    const pluts = (await t.app.inject({ url: "/api/market/pluts" })).json();
    expect(pluts[0]).toMatchObject(info);
    expect((await t.app.inject({ url: `/api/market/catalogue/${productId}` })).json().plut).toMatchObject(
      info,
    );
    const code = await order({});
    expect((await t.app.inject({ url: `/api/market/orders/${code}` })).json().plut).toMatchObject({
      ...info,
      paymentHours: 12,
    });
  });
});

describe("buyer messages", () => {
  it("lists one WhatsApp link per buyer with the PLUT's text, and keeps who marked it sent", async () => {
    const phone = "0812-3456-7001";
    const first = await order({ mode: "preorder", supplyDate: day }, 4, phone);
    const second = await order({ mode: "preorder", supplyDate: day }, 4);
    const run = await call("POST", "/api/market/allocations", { productId, supplyDate: day, policy: "fifo" });
    const ok = await call("POST", `/api/market/allocations/${run.json().runId}/confirm`, { closeNow: true });
    expect(ok.statusCode, ok.body).toBe(200);

    const list = await call("GET", `/api/market/admin/messages?event=allocation&date=${day}`);
    expect(list.statusCode, list.body).toBe(200);
    const rows = list.json();
    expect(rows.map((r: { code: string }) => r.code)).toEqual([first, second]);
    const row = rows[0];
    expect(row.phone).toBe("+6281234567001");
    expect(row.link).toMatch(/^https:\/\/wa\.me\/6281234567001\?text=/);
    const text = decodeURIComponent(row.link.split("?text=")[1]);
    expect(text).toBe(row.text);
    expect(text).toContain(`pra-pesan ${first}`);
    expect(text).toContain("Anda menerima 4");
    expect(text).toMatch(/Total Rp20\.000, bayar paling lambat \w+, \d+ \w+ \d{4} pukul \d{2}\.\d{2} WIB/);
    // The wait-listed buyer is told to wait, not to pay Rp0 by "-".
    expect(rows[1].text).toContain("Anda masuk daftar tunggu");
    expect(rows[1].text).not.toContain("Rp0");
    expect(row.sentAt).toBeNull();

    // The PLUT rewords the text; the list follows it; an empty text goes back to the default.
    const own = await call("PUT", "/api/market/admin/plut/messages", {
      templates: { allocation: "Yth. {nama}, pesanan {kode}: {hasil}" },
    });
    expect(own.statusCode, own.body).toBe(200);
    const reworded = (await call("GET", `/api/market/admin/messages?event=allocation&date=${day}`)).json();
    expect(reworded[0].text).toMatch(new RegExp(`^Yth\\. Siti Rahmah, pesanan ${first}: Anda memesan 4`));

    const orderId = row.orderId;
    const sent = await call("POST", `/api/market/admin/orders/${orderId}/messages/allocation/sent`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().sentBy).toBe("konsultan.plut");
    const again = (await call("GET", `/api/market/admin/messages?event=allocation&date=${day}`)).json();
    expect(again[0]).toMatchObject({ sentBy: "konsultan.plut", sentAt: sent.json().sentAt });
    expect(again[1].sentAt).toBeNull();

    // The second buyer was wait-listed; cancelling the first offers them its units: a new event.
    const cancel = await call("POST", `/api/market/admin/orders/${orderId}/cancel`, {});
    expect(cancel.statusCode, cancel.body).toBe(200);
    const offers = (await call("GET", `/api/market/admin/messages?event=waitlist_offer&date=${day}`)).json();
    expect(offers.map((r: { code: string }) => r.code)).toEqual([second]);
    expect(offers[0].text).toContain("urutan ke-1 dari 1");
  });
});

describe("the counter desk", () => {
  it("opens an order from a typed, pasted or scanned code", async () => {
    const code = await order({});
    const typed = await call(
      "GET",
      `/api/market/admin/orders/by-code?code=${code.toLowerCase().replace("-", " ")}`,
    );
    expect(typed.statusCode, typed.body).toBe(200);
    expect(typed.json().code).toBe(code);
    const scanned = await call(
      "GET",
      `/api/market/admin/orders/by-code?code=${encodeURIComponent(`https://toko.example/toko/pesanan/${code}?x=1`)}`,
    );
    expect(scanned.json().code).toBe(code);
    const wrong = await call("GET", "/api/market/admin/orders/by-code?code=MSK-ZZZZZZ");
    expect(wrong.statusCode).toBe(404);
  });

  it("totals the cash recorded today in the PLUT's zone, per staff member", async () => {
    const before = (await call("GET", "/api/market/admin/cash-today")).json();
    expect(before.zone).toBe("Asia/Pontianak"); // WIB
    expect(before.date).toBe(localToday());
    const a = await order({}, 2);
    const b = await order({}, 3);
    const id = async (code: string) =>
      (await t.database.pool.query("select id from market.orders where code = $1", [code])).rows[0].id;
    expect(
      (await call("POST", `/api/market/admin/orders/${await id(a)}/pay`, { method: "cash" })).statusCode,
    ).toBe(200);
    expect(
      (await call("POST", `/api/market/admin/orders/${await id(b)}/fulfil`, { cashReceived: 15_000 }))
        .statusCode,
    ).toBe(200);
    const after = (await call("GET", "/api/market/admin/cash-today")).json();
    expect(after.total - before.total).toBe(25_000);
    expect(after.count - before.count).toBe(2);
    expect(after.byStaff.find((s: { staff: string }) => s.staff === "konsultan.plut")).toBeTruthy();
    const yesterday = (
      await call("GET", `/api/market/admin/cash-today?date=${addDays(localToday(), -1)}`)
    ).json();
    expect(yesterday.total).toBe(0);
  });
});
