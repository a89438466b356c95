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
import { receiptBuyer } from "./order-privacy";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
await t.database.pool.query(
  "insert into market.plut_settings (region_code, name, bank_account) values ('62', 'PLUT Kalteng', 'Bank Kalteng 100.01.00001')",
);
const producerId = await createProducer(kit, "Penjahit Ani");
const productId = await createProduct(kit, { name: "Masker privasi" });
await consign(kit, { productId, producerId, quantity: 200, date: localToday() });

async function order(extra: Record<string, unknown> = {}) {
  const body = orderBody(productId, 1, extra);
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { code: res.json().code as string, phone: body.buyer.phone as string };
}

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

function proof(code: string, file: Buffer, ip: string, name = "bukti.png", mime = "image/png") {
  const boundary = "----bukti";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n`;
  return t.app.inject({
    method: "POST",
    url: `/api/market/orders/${code}/proof`,
    remoteAddress: ip,
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  });
}

const proofsOf = async (code: string) =>
  (
    await t.database.pool.query(
      `select p.id, p.proof_file_id, (select count(*)::int from platform.files f where f.id = p.proof_file_id) as file
       from market.payments p join market.orders o on o.id = p.order_id where o.code = $1`,
      [code],
    )
  ).rows;

describe("order-code routes: buyer privacy, one rate limit, payment proofs", () => {
  it("shows the buyer's name and address only after the last 4 digits of the phone", async () => {
    const { code, phone } = await order({
      fulfilment: { method: "delivery", address: "Jl. Kinibalu No. 7, Palangka Raya" },
    });
    const ip = nextIp();
    const track = (q = "") => t.app.inject({ url: `/api/market/orders/${code}${q}`, remoteAddress: ip });
    const open = (await track()).json();
    expect(open.buyer).toMatchObject({ revealed: false, name: null, institution: null });
    expect(open.buyer.phone).toMatch(/\*{4}-\*{4}$/);
    expect(open.fulfilment.address).toBeNull();
    expect(JSON.stringify(open)).not.toContain("Siti");
    const wrongDigits = phone.slice(-4) === "0000" ? "1111" : "0000";
    const wrong = await track(`?phone=${wrongDigits}`);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe("PHONE_MISMATCH");
    const shown = (await track(`?phone=${phone.slice(-4)}`)).json();
    expect(shown.buyer).toMatchObject({ revealed: true, name: "Siti Rahmah" });
    expect(shown.fulfilment.address).toBe("Jl. Kinibalu No. 7, Palangka Raya");
    for (let i = 0; i < 9; i++) await track(`?phone=${wrongDigits}`);
    expect((await track(`?phone=${wrongDigits}`)).statusCode).toBe(429); // 10 wrong answers per order
  });

  it("counts every /orders/{code}/… route of one IP against one budget", async () => {
    const { code } = await order();
    const ip = nextIp();
    const urls = [
      `/api/market/orders/${code}`,
      `/api/market/orders/${code}/payment`,
      `/api/market/orders/${code}/receipt.pdf`,
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++)
      statuses.push((await t.app.inject({ url: urls[i % 3] ?? "", remoteAddress: ip })).statusCode);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
    for (const url of [...urls, "/api/market/orders/ZZZ-AAAAAAA"]) {
      const res = await t.app.inject({ url, remoteAddress: ip });
      expect(res.statusCode, url).toBe(429);
    }
    expect((await t.app.inject({ url: urls[0] ?? "", remoteAddress: nextIp() })).statusCode).toBe(200);
  });

  it("refuses big and fake proofs, and a new proof replaces the previous one", async () => {
    const { code } = await order();
    const files0 = (await t.database.pool.query("select count(*)::int as n from platform.files")).rows[0].n;
    const big = Buffer.concat([PNG, Buffer.alloc(Math.round(4.9 * 1024 * 1024))]);
    const tooBig = await proof(code, big, nextIp());
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toContain("paling besar 2 MB");
    const fake = await proof(code, Buffer.from("MZ\x90\x00 not really a png", "latin1"), nextIp());
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toContain("JPG, PNG, WebP");
    expect(await proofsOf(code)).toHaveLength(0);

    expect((await proof(code, PNG, nextIp())).statusCode).toBe(201);
    const pdf = Buffer.from("%PDF-1.4\n%bukti\n");
    const second = await proof(code, pdf, nextIp(), "bukti.pdf", "application/pdf");
    expect(second.statusCode, second.body).toBe(201);
    const rows = await proofsOf(code);
    expect(rows).toHaveLength(1);
    expect(rows[0].file).toBe(1);
    const files1 = (await t.database.pool.query("select count(*)::int as n from platform.files")).rows[0].n;
    expect(files1 - files0).toBe(1);
    const mime = await t.database.pool.query("select mime from platform.files where id = $1", [
      rows[0].proof_file_id,
    ]);
    expect(mime.rows[0].mime).toBe("application/pdf");
  });

  it("rate-limits proofs per order and per IP (20 uploads in a burst are not all taken)", async () => {
    const { code } = await order();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await proof(code, PNG, nextIp())).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const ip = nextIp();
    const perIp: number[] = [];
    for (let i = 0; i < 12; i++) perIp.push((await proof((await order()).code, PNG, ip)).statusCode);
    expect(perIp.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(perIp.slice(10)).toEqual([429, 429]);
    expect(await proofsOf(code)).toHaveLength(1);
  });

  it("prints the buyer by initials on the receipt unless the digits are given", () => {
    const order = {
      code: "MSK-7KQ4XZP",
      buyerName: "Siti Rahmah",
      buyerPhone: "+6281250008888",
      institution: "Kantor Camat",
    };
    expect(receiptBuyer(order, undefined)).toBe("S. R.");
    expect(receiptBuyer(order, "8888")).toBe("Kantor Camat (Siti Rahmah)");
    expect(() => receiptBuyer(order, "1234")).toThrow(/do not match/);
  });
});
