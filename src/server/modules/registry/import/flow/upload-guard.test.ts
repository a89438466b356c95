import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../../testing/test-app";
import { importUpload } from "../../testing/import";
import { buildZip, xlsxParts } from "../fixtures/zip-builder";

const t = await createTestApp();
const operator = await t.login("operator.palangkaraya");
const MiB = 1024 * 1024;
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

const upload = (file: Buffer, name = "pendataan-umkm.xlsx") => {
  const req = importUpload(file, {}, name);
  return t.app.inject({ ...req, headers: { ...req.headers, cookie: operator } });
};

const stored = async () => {
  const r = await t.database.pool.query(
    "select (select count(*)::int from platform.files) as files, (select count(*)::int from registry.import_batches) as batches",
  );
  return r.rows[0];
};

/** A sheet whose single cell holds `mib` MiB of one letter: 400 MiB deflate to ~400 KB. */
function* hugeCell(mib: number) {
  yield Buffer.from(`${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>`);
  const block = Buffer.alloc(MiB, "A");
  for (let i = 0; i < mib; i++) yield block;
  yield Buffer.from("</t></is></c></row></sheetData></worksheet>");
}

function* manyRows(n: number) {
  yield Buffer.from(SHEET_START);
  for (let start = 1; start <= n; start += 10_000) {
    let s = "";
    for (let r = start; r < Math.min(n + 1, start + 10_000); r++)
      s += `<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 1_000_003}</v></c></row>`;
    yield Buffer.from(s);
  }
  yield Buffer.from("</sheetData></worksheet>");
}

describe("import upload guard", () => {
  it("refuses a 400 MB zip bomb from its central directory, with memory flat and nothing stored", async () => {
    const bomb = await buildZip(xlsxParts(() => hugeCell(400)));
    expect(bomb.length).toBeLessThan(MiB);
    const before = await stored();
    const rss0 = process.memoryUsage().rss;
    const res = await upload(bomb);
    const grew = (process.memoryUsage().rss - rss0) / MiB;
    console.info(`zip bomb ${Math.round(bomb.length / 1024)} KB → 400 MB: RSS +${grew.toFixed(1)} MB`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toMatchObject({
      code: "IMPORT_FILE_INVALID",
      details: { reason: "FILE_TOO_LARGE" },
    });
    expect(res.json().error.message).toMatch(/mengembang \d+× saat dibuka/);
    expect(grew).toBeLessThan(48);
    expect(await stored()).toEqual(before);
  });

  it("refuses a bomb whose directory lies about its size, stopping the inflate at the declared size", async () => {
    const liar = await buildZip(xlsxParts(() => hugeCell(200), 900 * 1024));
    const rss0 = process.memoryUsage().rss;
    const res = await upload(liar);
    const grew = (process.memoryUsage().rss - rss0) / MiB;
    console.info(`lying zip → 200 MB: RSS +${grew.toFixed(1)} MB`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details.reason).toBe("FILE_TOO_LARGE");
    expect(res.json().error.message).toMatch(/lebih besar dari yang tertulis/);
    expect(grew).toBeLessThan(48);
  });

  it("refuses a workbook of 2,000,100 rows", async () => {
    const big = await buildZip(xlsxParts(() => manyRows(2_000_100)));
    const res = await upload(big);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toMatchObject({ details: { reason: "TOO_MANY_ROWS" } });
    expect(res.json().error.message).toContain("lebih dari 500.000 baris");
  }, 60_000);

  it("refuses files that are not spreadsheets whatever their name, and a CSV of too many lines", async () => {
    const before = await stored();
    const png = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(2048, 7)]);
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
    const docx = await buildZip([
      { name: "[Content_Types].xml", chunks: () => [Buffer.from("<Types/>")] },
      { name: "word/document.xml", chunks: () => [Buffer.from("<w:document/>")] },
    ]);
    for (const [file, name] of [
      [png, "data.xlsx"],
      [pdf, "data.csv"],
      [docx, "data.xlsx"],
    ] as const) {
      const res = await upload(file, name);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(422);
      expect(res.json().error.details.reason).toBe("FORMAT_UNSUPPORTED");
      expect(res.json().error.message).toContain("bukan lembar kerja Excel (.xlsx) atau CSV");
    }
    const lines = Buffer.from(`NIK;Nama;Desa\n${"6271015205800003;Siti;Langkai\n".repeat(500_100)}`);
    const csv = await upload(lines, "data.csv");
    expect(csv.json().error.details.reason).toBe("TOO_MANY_ROWS");
    expect(await stored()).toEqual(before);
  }, 60_000);
});
