import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../testing/test-db";
import type { Ctx } from "../../access";
import { systemCtx } from "../../access";
import { reportConstraint } from "../constraints/manage-constraints";
import type { BusinessListQuery } from "../contract-register";
import { businessBody, testNik } from "../testing/fixtures";
import { createBusiness } from "./create-business";
import { prepareExport } from "./export-businesses";
import { listBusinesses } from "./list-businesses";

const database = await createTestDatabase();
const system = systemCtx(database, "test");
const user = (role: "operator_kabkota" | "pimpinan", scope: string): Ctx => ({
  ...system,
  actor: {
    kind: "user",
    userId: "00000000-0000-7000-8000-000000000001",
    username: "uji",
    role,
    scope,
    businessId: null,
  },
});
const palangkaRaya = user("operator_kabkota", "62.71");
const province = user("pimpinan", "62");

const PEOPLE: Array<[string, string, string, string]> = [
  ["Siti Rahmawati", "Penjahit Bu Siti", "62.71.01.1003", "konveksi"],
  ["Sumiati", "Katering Barokah", "62.71.01.1001", "kuliner"],
  ["Muhammad Riduan", "Bengkel Riduan Jaya", "62.71.02.1001", "jasa"],
  ["Norhayati", "Keripik Kelakai Norhayati", "62.02.01.1009", "kuliner"],
  ["Yohanes Tingang", "Kerajinan Rotan Tingang", "62.02.01.1010", "kerajinan"],
];
const ids: Record<string, string> = {};
for (const [name, business, village, sector] of PEOPLE) {
  const body = businessBody({ village, name, nik: testNik(village) });
  const out = await createBusiness({
    ctx: system,
    input: { ...body, business: { ...body.business, name: business, sector: sector as "kuliner" } },
  });
  ids[name] = out.page.business.id;
}
await reportConstraint({
  ctx: system,
  businessId: ids.Sumiati as string,
  input: { type: "capital", description: "Modal habis" },
});

const list = (ctx: Ctx, q: Partial<BusinessListQuery>) =>
  listBusinesses({ ctx, query: { limit: 50, offset: 0, ...q } });
const names = async (ctx: Ctx, q: Partial<BusinessListQuery>) =>
  (await list(ctx, q)).items.map((i) => i.ownerName).sort();

describe("listBusinesses", () => {
  it("keeps to the caller's scope and refuses a region outside it", async () => {
    expect(await names(palangkaRaya, {})).toEqual(["Muhammad Riduan", "Siti Rahmawati", "Sumiati"]);
    expect((await list(province, {})).total).toBe(5);
    await expect(list(palangkaRaya, { region: "62.02" })).rejects.toMatchObject({ code: "OUT_OF_SCOPE" });
  });

  it.each([
    [{ region: "62.71.01" }, ["Siti Rahmawati", "Sumiati"]],
    [{ sector: "kuliner" as const }, ["Norhayati", "Sumiati"]],
    [{ hasOpenConstraints: true }, ["Sumiati"]],
    [{ affected: false }, []],
    [
      { source: "form" as const, status: "active" as const, size: "mikro" as const, region: "62.02" },
      ["Norhayati", "Yohanes Tingang"],
    ],
  ])("filters %j", async (q, expected) => {
    expect(await names(province, q)).toEqual(expected);
  });

  it.each([
    ["sumiyati", "Sumiati"],
    ["Hj. Siti Rahmawatii", "Siti Rahmawati"],
    ["katering barokh", "Sumiati"],
    ["rotan tingan", "Yohanes Tingang"],
  ])("finds %s despite the typo", async (q, owner) => {
    const out = await list(province, { q });
    expect(out.items[0]?.ownerName).toBe(owner);
  });

  it("finds by NIK and by phone, masks the NIK", async () => {
    const [first] = (await list(province, { q: "norhayati" })).items;
    expect(first?.nik).toMatch(/^\d{4}\*{8}\d{4}$/);
    const byPhone = await list(province, { q: "0812 3456 7890" });
    expect(byPhone.total).toBe(5);
  });

  it("pages with a keyset cursor in name order without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await list(province, { sort: "name", limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((x) => x.name));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([
      "Bengkel Riduan Jaya",
      "Katering Barokah",
      "Kerajinan Rotan Tingang",
      "Keripik Kelakai Norhayati",
      "Penjahit Bu Siti",
    ]);
  });

  it("exports the filtered list as xlsx with masked NIKs", async () => {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import("node:stream");
    const out = new PassThrough();
    out.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => out.on("end", r));
    const prepared = await prepareExport({ ctx: palangkaRaya, query: { sector: "kuliner" } });
    expect(await prepared.write(out)).toEqual({ rows: 1 });
    await done;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Data UMKM");
    expect(sheet?.getRow(1).getCell(9).value).toBe("NIK");
    expect(sheet?.getRow(2).getCell(8).value).toBe("Sumiati");
    expect(String(sheet?.getRow(2).getCell(9).value)).toMatch(/^6271\*{8}\d{4}$/);
    // Indonesian labels and the office's wall-clock time (Palangka Raya is WIB, UTC+7), not UTC.
    expect(sheet?.getRow(2).getCell(5).value).toBe("Aktif");
    const { rows } = await database.pool.query<{ created_at: Date }>(
      "select created_at from registry.businesses where name = 'Katering Barokah'",
    );
    const recorded = sheet?.getRow(2).getCell(16).value as Date;
    expect(recorded.getTime() - (rows[0]?.created_at.getTime() ?? 0)).toBe(7 * 3_600_000);
  });
});
