// Shared steps of the market route tests: a producer, a product and stock through the real API.
import type { TestApp } from "../../../testing/test-app";

export type Kit = { t: TestApp; konsultan: string };

let phoneCounter = 0;

/** A fresh valid Indonesian mobile number per call. */
export function nextPhone(): string {
  phoneCounter += 1;
  return `0812${String(Date.now() % 10_000).padStart(4, "0")}${String(phoneCounter).padStart(4, "0")}`;
}

let ipCounter = 0;
/** A different client address per request, so per-IP limits do not interfere with other checks. */
export function nextIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export async function createProducer(kit: Kit, name: string, regionCode = "62.71"): Promise<string> {
  const res = await kit.t.app.inject({
    method: "POST",
    url: "/api/market/producers",
    headers: { cookie: kit.konsultan },
    payload: { name, regionCode, producerShareBps: 8500, dailyCapacity: 50 },
  });
  if (res.statusCode !== 201) throw new Error(`producer: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export async function createProduct(kit: Kit, body: Record<string, unknown> = {}): Promise<string> {
  const res = await kit.t.app.inject({
    method: "POST",
    url: "/api/market/admin/products",
    headers: { cookie: kit.konsultan },
    payload: {
      name: "Masker kain",
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      maxPerOrder: 500,
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`product: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export async function consign(
  kit: Kit,
  body: { productId: string; producerId: string; quantity: number; date: string; pool?: string },
) {
  const res = await kit.t.app.inject({
    method: "POST",
    url: "/api/market/consignments",
    headers: { cookie: kit.konsultan },
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`consign: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function orderBody(productId: string, quantity: number, extra: Record<string, unknown> = {}) {
  return {
    mode: "ready",
    items: [{ productId, quantity }],
    buyer: { name: "Siti Rahmah", phone: nextPhone(), type: "individual" },
    fulfilment: { method: "pickup" },
    ...extra,
  };
}

export function localToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function localTomorrow(): string {
  return new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
}
