import { describe, expect, it } from "vitest";
import { analyseWorkbook } from "./analyse";
import { buildGroupedHeaderWorkbook } from "./fixtures/grouped-header";

describe("group titles give sub-headers their meaning", () => {
  it("maps, skips the (1) (2) row and the JUMLAH row, and reads every field", async () => {
    const outcome = await analyseWorkbook({ file: await buildGroupedHeaderWorkbook(), regencyCode: "62.71" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const header = outcome.summary.sheets[0]?.header;
    expect(header).toMatchObject({ top: 5, bottom: 6 });
    expect(header?.columns.map((c) => c.role)).toEqual([
      "no",
      "nama",
      "nik",
      "no_kk",
      "jenis_kelamin",
      "ttl",
      "alamat",
      "rt",
      "rw",
      "kode_wilayah",
      "nama_usaha",
      "bidang_usaha",
      "nib",
      "no_hp",
      "omzet_sebelum",
      "omzet_sesudah",
    ]);
    expect(outcome.rows.map((r) => [r.row, r.status])).toEqual([
      [8, "valid"],
      [9, "rejected"],
      [10, "valid"],
    ]);
    expect(outcome.rows[0]?.values).toEqual({
      nik: "6271034306750001",
      no_kk: "6271030101100009",
      nama: "Dra. Hj. Siti Rahmah",
      jenis_kelamin: "P",
      tempat_lahir: "Kuala Kapuas",
      tanggal_lahir: "1975-06-03",
      alamat: "Jl. Yos Sudarso",
      rt: "003",
      rw: "012",
      kode_wilayah: "62.71.03.1002",
      no_hp: "+628115222333",
      nama_usaha: "Katering Rahmah",
      bidang_usaha: "Kuliner",
      nib: "9120101234567",
      omzet_sebelum: 12_000_000,
      omzet_sesudah: 4_000_000,
      jumlah_karyawan: null,
      terdampak: null,
      kendala: null,
    });
    expect(outcome.rows[1]?.errors.map((e) => e.code)).toContain("NIK_PRECISION_LOSS");
    expect(outcome.rows[2]?.values).toMatchObject({
      rt: "004",
      rw: "001",
      kode_wilayah: "62.71.03.1001",
      nib: null,
      no_hp: null,
    });
    expect(outcome.rows[2]?.errors.map((e) => e.code)).toEqual(["MONEY_PARSED"]);
    expect(outcome.rows[2]?.notes.map((e) => e.code)).toEqual(["NIB_INVALID"]);
    expect(outcome.rows[2]?.errors[0]?.message).toContain('"Rp 2.500.000", "Rp 500.000"');
  });
});
