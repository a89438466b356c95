import { describe, expect, it } from "vitest";
import type { RawCell } from "../domain";
import type { ColumnRole } from "./fields";
import { type ClassifyContext, classifyRow } from "./row-classify";
import { FROM_VERTICAL_MERGE, type GridRow } from "./sheet-grid";

// Columns: 1 no, 2 nama, 3 nik, 4 desa, 5 omzet
const ROLES: [number, ColumnRole][] = [
  [1, "no"],
  [2, "nama"],
  [3, "nik"],
  [4, "kode_wilayah"],
  [5, "omzet_sebelum"],
];
const LABELS = ["NO", "NAMA", "NIK", "DESA", "OMSET"];

const context = (): ClassifyContext => ({
  roles: new Map(ROLES),
  headerLabels: new Map(LABELS.map((l, i) => [i + 1, l])),
  inSignature: false,
});

function gridRow(values: (string | number | null)[], merged: number[] = []): GridRow {
  const cells: RawCell[] = [{ kind: "empty" }];
  for (const v of values) {
    cells.push(
      v === null
        ? { kind: "empty" }
        : typeof v === "number"
          ? { kind: "number", value: v }
          : { kind: "text", text: v },
    );
  }
  const origin = new Uint8Array(cells.length);
  for (const c of merged) origin[c] = FROM_VERTICAL_MERGE;
  return { number: 10, cells, origin };
}

describe("classifyRow", () => {
  const cases: [string, (string | number | null)[], string, number[]?][] = [
    ["a person", [1, "Budi", "6271011205800003", "Langkai", 1_000_000], "data"],
    ["a name without NIK", [2, "Budi", null, "Langkai", null], "data"],
    ["a NIK without name", [3, null, "6271011205800003", null, null], "data"],
    ["a precision-loss NIK only", [null, null, 6271011205800000, null, null], "data"],
    ["blank", [null, null, null, null, null], "blank"],
    ["spaces only", [" ", "\u00a0", null, null, null], "blank"],
    ["running number only", [27, null, null, null, null], "running_number"],
    ["running number and a merged village", [27, null, null, "Langkai", null], "running_number", [4]],
    ["column numbers", [1, 2, 3, 4, 5], "column_numbers"],
    ["column numbers in brackets", ["(1)", "(2)", "(3)", "(4)", "(5)"], "column_numbers"],
    ["JUMLAH", [null, "JUMLAH", null, null, 30_000_000], "total"],
    ["J U M L A H", ["J U M L A H", null, null, null, 30_000_000], "total"],
    ["Jumlah:", [null, "Jumlah :", null, null, 30_000_000], "total"],
    ["TOTAL", [null, "TOTAL", null, null, 30_000_000], "total"],
    ["Grand Total", [null, "Grand Total", null, null, 30_000_000], "total"],
    ["section title", [null, "KECAMATAN PAHANDUT", null, null, null], "section"],
    ["village title", [null, "Desa Langkai", null, null, null], "section"],
    ["note", [null, "Keterangan: L = laki-laki", null, null, null], "note"],
    ["repeated header", ["NO", "NAMA", "NIK", "DESA", "OMSET"], "repeated_header"],
    ["place and date", [null, null, null, null, "Palangka Raya, 15 Mei 2020"], "signature"],
    ["place and blank day", [null, null, null, null, "Pulau Punjung,      Juni 2020"], "signature"],
    ["Mengetahui", [null, "Mengetahui,", null, null, null], "signature"],
    ["Kepala Dinas", [null, null, null, null, "Kepala Dinas Koperasi dan UKM"], "signature"],
    ["NIP", [null, null, null, null, "NIP. 19650101 199003 1 005"], "signature"],
  ];
  it.each(cases)("%s", (_label, values, expected, merged) => {
    expect(classifyRow(gridRow(values, merged), context())).toBe(expected);
  });

  it("after a signature line, rows without a NIK belong to the block; a NIK ends it", () => {
    const ctx = context();
    expect(classifyRow(gridRow([null, null, null, null, "Kepala Dinas"]), ctx)).toBe("signature");
    expect(classifyRow(gridRow([null, "Drs. H. Ahmad Yani, M.Si", null, null, null]), ctx)).toBe("signature");
    expect(classifyRow(gridRow([5, "Budi", "6271011205800003", "Langkai", null]), ctx)).toBe("data");
    expect(classifyRow(gridRow([6, "Ani", null, "Langkai", null]), ctx)).toBe("data");
  });

  it("a TTL-like text in a person's row does not make it a signature", () => {
    expect(
      classifyRow(gridRow([1, "Budi", "6271011205800003", "Palangka Raya, 12 Mei 1980", null]), context()),
    ).toBe("data");
  });
});
