import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildMessyWorkbook, EXPECTED } from "../import/fixtures/messy-workbook";
import { loadRegionDirectory } from "../import/region-loader";
import { parseImportArgs, runImportRegistryCli } from "./import-cli";

let dir = "";
let file = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "import-cli-"));
  file = join(dir, "umkm palangka raya.xlsx");
  await writeFile(file, await buildMessyWorkbook());
  await loadRegionDirectory();
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], deps = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await runImportRegistryCli(args, { stdout, stderr }, deps);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

describe("sinergi import registry", () => {
  it("--dry-run --json prints exactly one JSON object with every data row", async () => {
    const { code, stdout, stderr } = await run([file, "--region", "62.71", "--dry-run", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const doc = JSON.parse(stdout) as Record<string, unknown> & {
      rows: { sheet: string; row: number; status: string }[];
    };
    expect(Object.keys(doc)).toEqual(["rows_total", "rows_valid", "rows_warning", "rows_rejected", "rows"]);
    expect(doc.rows_total).toBe(EXPECTED.length);
    expect(doc.rows.map((r) => [r.sheet, r.row, r.status])).toEqual(
      EXPECTED.map((e) => [e.sheet, e.row, e.status]),
    );
    expect(doc.rows_valid).toBe(EXPECTED.filter((e) => e.status === "valid").length);
    expect(doc.rows_rejected).toBe(EXPECTED.filter((e) => e.status === "rejected").length);
    expect(Object.keys(doc.rows[0] ?? {})).toEqual(["sheet", "row", "status", "errors", "values"]);
  });

  it("writes an error report with the original row and the reasons", async () => {
    const report = join(dir, "laporan.xlsx");
    const { code, stderr } = await run([file, "--region=62.71", "--dry-run", "--error-report", report]);
    expect(code).toBe(0);
    expect(stderr).toContain("laporan.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const sheet = wb.getWorksheet("Kec. Pahandut");
    expect(sheet?.getRow(1).getCell(3).value).toBe("Alasan");
    const row8 = sheet?.getRow(2);
    expect(row8?.getCell(1).value).toBe(8);
    expect(String(row8?.getCell(3).value)).toContain("NIK_PRECISION_LOSS");
    expect(row8?.getCell(5).value).toBe("Budi Santoso");
    const problems = EXPECTED.filter((e) => e.sheet === "Kec. Pahandut" && e.status !== "valid").length;
    expect(sheet?.actualRowCount).toBe(problems + 1);
  });

  it("the human report names sheets, totals and problem rows in Indonesian", async () => {
    const { code, stdout } = await run([file, "--region", "6271", "--dry-run", "--sheet", "Kec. Pahandut"]);
    expect(code).toBe(0);
    expect(stdout).toContain('Sheet "Kec. Pahandut": 20 baris data');
    expect(stdout).toContain('Sheet "Kec. Jekan Raya": dilewati (tidak dipilih)');
    expect(stdout).toContain("NIK_PRECISION_LOSS");
  });

  it.each([
    [["berkas.xlsx"], 2, "--region"],
    [["--region", "62.71"], 2, "Berkas"],
    [["a.xlsx", "--region", "62.71", "--frobnicate"], 2, "tidak dikenal"],
  ])("usage errors %j → %i", async (args, expected, text) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(expected);
    expect(stderr).toContain(text);
  });

  it("an unknown region or unreadable file exits non-zero with an Indonesian message", async () => {
    const region = await run([file, "--region", "99.99", "--dry-run", "--json"]);
    expect(region.code).toBe(1);
    expect(region.stdout).toBe("");
    expect(region.stderr).toContain("tidak dikenal");
    const junk = join(dir, "rusak.xlsx");
    await writeFile(junk, "PK\u0003\u0004 bukan excel");
    const broken = await run([junk, "--region", "62.71", "--dry-run"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("tidak dapat dibaca");
  });

  it("a workbook with no data sheet is analysed (exit 0, zero rows) with a warning", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Rekap").addRow(["Kecamatan", "Jumlah UMKM"]);
    const only = join(dir, "rekap.xlsx");
    await wb.xlsx.writeFile(only);
    const { code, stdout, stderr } = await run([only, "--region", "62.71", "--dry-run", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      rows_total: 0,
      rows_valid: 0,
      rows_warning: 0,
      rows_rejected: 0,
      rows: [],
    });
    expect(stderr).toContain("tidak ada sheet berisi data");
  });

  it("without --dry-run it needs the database's commit", async () => {
    const { code, stderr } = await run([file, "--region", "62.71"]);
    expect(code).toBe(1);
    expect(stderr).toContain("--dry-run");
  });

  it("without --dry-run it commits through deps.commit", async () => {
    const commit = vi.fn(async () => ({ ok: true as const, batchId: "batch-1", rowsImported: 16 }));
    const { code, stdout } = await run([file, "--region", "62.71", "--json"], { commit });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ rows_total: EXPECTED.length });
    expect(commit).toHaveBeenCalledWith(
      expect.objectContaining({
        file,
        regencyCode: "62.71",
        summary: expect.objectContaining({ rows_total: EXPECTED.length }),
      }),
    );
  });
});

describe("parseImportArgs", () => {
  it("collects repeated --sheet", () => {
    expect(
      parseImportArgs(["f.xlsx", "--region", "13.10", "--sheet", "A", "--sheet=B C", "--dry-run"]),
    ).toMatchObject({
      file: "f.xlsx",
      region: "13.10",
      sheets: ["A", "B C"],
      dryRun: true,
      json: false,
    });
  });
});
