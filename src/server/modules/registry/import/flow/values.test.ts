import { describe, expect, it } from "vitest";
import type { RowValues } from "..";
import { businessRow, impactRow, personRow, type RowContext, sectorOf, sourceRows } from "./values";

const ctx: RowContext = {
  regionCode: "62.71",
  batchId: "b",
  now: new Date("2020-05-01T00:00:00Z"),
  today: "2020-05-01",
  userId: null,
  userName: "operator",
};
const ids = {
  personId: "p",
  businessId: "u",
  impactId: "i",
  constraintId: "c",
  sourceIds: ["s1", "s2"] as [string, string],
};

function values(over: Partial<RowValues> = {}): RowValues {
  return {
    nik: "6271015205800003",
    no_kk: null,
    nama: "Hj. Siti Aminah",
    jenis_kelamin: "P",
    tempat_lahir: null,
    tanggal_lahir: "1980-05-12",
    alamat: null,
    rt: null,
    rw: null,
    kode_wilayah: "62.71.01.1003",
    no_hp: null,
    nama_usaha: "Jahit Berkah",
    bidang_usaha: "Konveksi",
    nib: null,
    omzet_sebelum: null,
    omzet_sesudah: null,
    jumlah_karyawan: null,
    terdampak: null,
    kendala: null,
    ...over,
  };
}
const row = (over: Partial<RowValues> = {}) => ({
  sheet: "Kec. Pahandut",
  rowNumber: 7,
  values: values(over),
});

describe("sectorOf", () => {
  it.each([
    ["Konveksi", "konveksi"],
    ["Penjahit masker", "konveksi"],
    ["Warung makan", "kuliner"],
    ["Toko kelontong", "perdagangan"],
    ["Bengkel motor", "jasa"],
    ["Kebun sayur", "pertanian"],
    ["Tambak udang", "perikanan"],
    ["Ternak ayam", "peternakan"],
    ["Sesuatu yang lain", "lainnya"],
    [null, "lainnya"],
  ])("%s → %s", (text, sector) => expect(sectorOf(text)).toBe(sector));
});

describe("row → register rows", () => {
  it("keeps the office region on the person and the village on the business", () => {
    expect(personRow(row(), "p", ctx)).toMatchObject({
      regionCode: "62.71",
      villageCode: "62.71.01.1003",
      sex: "P",
    });
    expect(businessRow(row(), ids, ctx)).toMatchObject({
      regionCode: "62.71.01.1003",
      sector: "konveksi",
      sourceKind: "import",
    });
  });

  it("names a business after its owner when the sheet has no business name", () => {
    expect(businessRow(row({ nama_usaha: null }), ids, ctx).name).toBe("Usaha Hj. Siti Aminah");
  });

  it.each([
    [{}, null],
    [{ terdampak: "Ya" }, { affected: true, reasons: [] }],
    [
      { terdampak: "Tidak", omzet_sebelum: 100, omzet_sesudah: 50 },
      { affected: false, reasons: ["turnover_down"] },
    ],
    [
      { omzet_sebelum: 100, omzet_sesudah: 50 },
      { affected: true, reasons: ["turnover_down"] },
    ],
    [
      { omzet_sebelum: 100, omzet_sesudah: 100 },
      { affected: false, reasons: [] },
    ],
  ] as const)("impact of %j", (over, expected) => {
    const impact = impactRow(row(over as Partial<RowValues>), ids, ctx);
    if (expected === null) expect(impact).toBeNull();
    else expect(impact).toMatchObject(expected);
  });

  it("records the batch, sheet and row on both sources", () => {
    const sources = sourceRows(row(), ids, ctx);
    expect(sources.map((s) => [s.entityType, s.entityId, s.importBatchId, s.sheet, s.rowNumber])).toEqual([
      ["person", "p", "b", "Kec. Pahandut", 7],
      ["business", "u", "b", "Kec. Pahandut", 7],
    ]);
  });
});
