import { beforeAll, describe, expect, it } from "vitest";
import { analyseWorkbook } from "./analyse";
import { detectSeparator, openCsv, parseCsvText } from "./csv-reader";
import {
  buildDharmasrayaCsv,
  buildUtf8CommaCsv,
  CSV_EXPECTED,
  DHARMASRAYA_REGENCY,
} from "./fixtures/dharmasraya-csv";
import { loadRegionDirectory } from "./region-loader";

beforeAll(async () => {
  await loadRegionDirectory();
}, 60_000);

describe("CSV files (Dharmasraya, 13.10)", () => {
  const variants = [
    ["Windows-1252, semicolons, CRLF", () => buildDharmasrayaCsv(), "windows-1252", ";"],
    ["Windows-1252, semicolons, LF", () => buildDharmasrayaCsv("\n"), "windows-1252", ";"],
    ["UTF-8 with BOM, commas", () => buildUtf8CommaCsv(), "utf-8", ","],
  ] as const;

  it.each(variants)("%s: rows, statuses, village codes", async (_label, build, encoding, separator) => {
    const outcome = await analyseWorkbook({
      file: build(),
      fileName: "umkm-dharmasraya.csv",
      regencyCode: DHARMASRAYA_REGENCY,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.summary.csv).toEqual({ encoding, separator });
    expect(outcome.rows.map((r) => r.row)).toEqual(CSV_EXPECTED.map((e) => e.row));
    for (const expected of CSV_EXPECTED) {
      const row = outcome.rows.find((r) => r.row === expected.row);
      expect(row?.status, `row ${expected.row}`).toBe(expected.status);
      expect(row?.values.kode_wilayah, `row ${expected.row}`).toBe(expected.kode);
      for (const code of expected.codes) expect(row?.errors.map((e) => e.code)).toContain(code);
    }
    expect(outcome.rows[0]?.sheet).toBe("umkm-dharmasraya");
  });

  it("decodes Windows-1252 text and keeps quoted separators, quotes and line breaks", async () => {
    const outcome = await analyseWorkbook({
      file: buildDharmasrayaCsv(),
      fileName: "a.csv",
      regencyCode: "1310",
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const [first, , third] = outcome.rows;
    expect(first?.values).toMatchObject({
      nama: "José Café",
      nik: "1310012505800001",
      tempat_lahir: "Pulau Punjung",
      tanggal_lahir: "1980-05-25",
      jenis_kelamin: "L",
      omzet_sebelum: 1_500_000,
      omzet_sesudah: 2_000_000,
      kendala: "Modal; pemasaran",
    });
    expect(third?.values).toMatchObject({
      tempat_lahir: "Sitiung",
      tanggal_lahir: "1985-01-01",
      kendala: 'Bahan "baku" mahal',
    });
  });
});

describe("CSV primitives", () => {
  it("parses quotes across chunk boundaries", () => {
    const text = 'a;"b;c";"d ""e"""\n1;2;3\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const first = parseCsvText(text.slice(0, cut), ";", false);
      const second = parseCsvText(first.rest + text.slice(cut), ";", true);
      expect([...first.records, ...second.records]).toEqual([
        ["a", "b;c", 'd "e"'],
        ["1", "2", "3"],
      ]);
    }
  });

  it.each([
    ["a;b;c\n1;2,5;3\n4;5;6\n", ";"],
    ["a,b,c\n1,2,3\n4,5,6\n", ","],
    ["a\tb\tc\n1\t2\t3\n", "\t"],
    ["judul\n\nno;nama;nik\n1;Rp 1.500.000,00;x\n2;2,5 jt;y\n", ";"],
  ])("separator of %j is %j", (sample, expected) => {
    expect(detectSeparator(sample)).toBe(expected);
  });

  it("numbers records, not physical lines", async () => {
    const csv = await openCsv(Buffer.from('a,b\n"x\ny",2\nz,3\n', "utf8"));
    const rows: number[] = [];
    for await (const row of csv.rows()) rows.push(row.number);
    expect(rows).toEqual([1, 2, 3]);
  });
});
