import { describe, expect, it } from "vitest";
import { findPrakerjaColumns, readPrakerjaStatus, readYesNo } from "./prakerja-status";

const header = ["No", "NIK", "Nama Lengkap", "No. HP", "Gelombang", "Status"].map((label, i) => ({
  index: i + 1,
  label,
}));

describe("Prakerja list columns and statuses", () => {
  it("finds the wave and status columns of the usual export", () => {
    expect(findPrakerjaColumns(header)).toEqual({
      wave: 5,
      status: 6,
      registered: null,
      passed: null,
      incentive: null,
    });
  });

  it("finds separate yes/no columns", () => {
    const cols = findPrakerjaColumns(
      ["NIK", "Nama", "Terdaftar", "Lulus Pelatihan", "Insentif Diterima"].map((label, i) => ({
        index: i + 1,
        label,
      })),
    );
    expect(cols).toMatchObject({ registered: 3, passed: 4, incentive: 5 });
    const row = ["x", "y", "Ya", "Ya", "Belum"];
    expect(readPrakerjaStatus(cols, (i) => row[i - 1] ?? null)).toMatchObject({
      registered: true,
      passed: true,
      incentive: false,
    });
  });

  it("reads status words: incentive implies passed, 'tidak lulus' is not passed", () => {
    const cols = findPrakerjaColumns(header);
    const read = (status: string) =>
      readPrakerjaStatus(cols, (i) => (i === 6 ? status : i === 5 ? "12" : null));
    expect(read("Lulus")).toMatchObject({ registered: true, passed: true, incentive: false, wave: "12" });
    expect(read("Insentif diterima")).toMatchObject({ passed: true, incentive: true });
    expect(read("Tidak lulus")).toMatchObject({ registered: true, passed: false });
    expect(read("Belum lulus")).toMatchObject({ passed: false });
    expect(read("Terdaftar")).toMatchObject({ registered: true, passed: false, incentive: false });
    expect(read("Ditolak")).toMatchObject({ registered: false, passed: false });
  });

  it("reads yes/no cells", () => {
    expect(readYesNo("Sudah")).toBe(true);
    expect(readYesNo("tidak")).toBe(false);
    expect(readYesNo("-")).toBe(false);
    expect(readYesNo("")).toBeNull();
    expect(readYesNo("mungkin")).toBeNull();
  });
});
