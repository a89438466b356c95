import { describe, expect, it } from "vitest";
import { checkNibCell, checkNoKkCell } from "./business-numbers";
import type { RawCell } from "./cell";
import {
  checkAffectedCell,
  checkCombinedRtRwCell,
  checkCountCell,
  checkRtRwPartCell,
  checkSexCell,
} from "./small-fields";

const text = (t: string): RawCell => ({ kind: "text", text: t });
const shown = (r: { kind: string; value?: unknown }) => (r.kind === "valid" ? r.value : r.kind);

describe("checkSexCell", () => {
  const L = [
    "L",
    "l",
    "LK",
    "Lk",
    "Lk.",
    "Laki-laki",
    "LAKI-LAKI",
    "laki laki",
    "Laki2",
    "Pria",
    "PRIA",
    " L ",
  ];
  const P = ["P", "p", "PR", "Pr", "Perempuan", "PEREMPUAN", "Wanita", "WANITA", "wanita"];
  it.each(L)("%s → L", (v) => expect(shown(checkSexCell(text(v)))).toBe("L"));
  it.each(P)("%s → P", (v) => expect(shown(checkSexCell(text(v)))).toBe("P"));
  it.each(["X", "Laki/Perempuan", "?"])("%s → invalid", (v) =>
    expect(shown(checkSexCell(text(v)))).toBe("invalid"),
  );
  it("empty and dash", () => {
    expect(shown(checkSexCell({ kind: "empty" }))).toBe("empty");
    expect(shown(checkSexCell(text("-")))).toBe("empty");
  });
});

describe("RT/RW", () => {
  const combined: [string, { rt: string; rw: string } | string][] = [
    ["002/005", { rt: "002", rw: "005" }],
    ["2/5", { rt: "002", rw: "005" }],
    ["02 / 05", { rt: "002", rw: "005" }],
    ["RT 02 RW 05", { rt: "002", rw: "005" }],
    ["RT.002/RW.005", { rt: "002", rw: "005" }],
    ["002-005", { rt: "002", rw: "005" }],
    ["12/3", { rt: "012", rw: "003" }],
    ["2", "invalid"],
    ["0000/005", "invalid"],
    ["-", "empty"],
  ];
  it.each(combined)("combined %s", (input, expected) => {
    expect(shown(checkCombinedRtRwCell(text(input)))).toEqual(expected);
  });
  const parts: [RawCell, string][] = [
    [text("2"), "002"],
    [text("02"), "002"],
    [text("002"), "002"],
    [text("RT 7"), "007"],
    [{ kind: "number", value: 12 }, "012"],
    [text("1234"), "invalid"],
    [text("0"), "invalid"],
    [{ kind: "empty" }, "empty"],
  ];
  it.each(parts)("part %o", (cell, expected) => expect(shown(checkRtRwPartCell(cell))).toBe(expected));
  it("every RT 1–999 pads to three digits", () => {
    for (let n = 1; n < 1000; n++) {
      expect(shown(checkRtRwPartCell(text(String(n))))).toBe(String(n).padStart(3, "0"));
      expect(shown(checkCombinedRtRwCell(text(`${n}/${1000 - n}`)))).toEqual({
        rt: String(n).padStart(3, "0"),
        rw: String(1000 - n).padStart(3, "0"),
      });
    }
  });
});

describe("checkCountCell", () => {
  const cases: [RawCell, number | string][] = [
    [{ kind: "number", value: 3 }, 3],
    [text("3"), 3],
    [text("3 orang"), 3],
    [text("3 org"), 3],
    [text("12 Orang"), 12],
    [text("tidak ada"), 0],
    [text("Nihil"), 0],
    [text("-"), "empty"],
    [{ kind: "empty" }, "empty"],
    [{ kind: "number", value: 2.5 }, "invalid"],
    [text("banyak"), "invalid"],
    [text("2-3 orang"), "invalid"],
  ];
  it.each(cases)("%o → %s", (cell, expected) => expect(shown(checkCountCell(cell))).toBe(expected));
});

describe("checkAffectedCell", () => {
  const cases: [RawCell, string][] = [
    [text("Ya"), "Ya"],
    [text("YA"), "Ya"],
    [text("y"), "Ya"],
    [text("Iya"), "Ya"],
    [text("Terdampak"), "Ya"],
    [text("Ya, omzet turun"), "Ya"],
    [text("√"), "Ya"],
    [{ kind: "bool", value: true }, "Ya"],
    [text("Tidak"), "Tidak"],
    [text("TIDAK"), "Tidak"],
    [text("Tdk"), "Tidak"],
    [text("T"), "Tidak"],
    [text("Tidak terdampak"), "Tidak"],
    [{ kind: "bool", value: false }, "Tidak"],
    [text("-"), "empty"],
    [text("mungkin"), "invalid"],
    [text("Sangat terdampak"), "Ya"],
    [text("Terdampak ringan"), "Ya"],
    [text("Belum terdampak"), "Tidak"],
  ];
  it.each(cases)("%o → %s", (cell, expected) => expect(shown(checkAffectedCell(cell))).toBe(expected));
});

describe("No. KK and NIB", () => {
  const kk: [RawCell, string][] = [
    [text("6271030101100001"), "6271030101100001"],
    [text("6271 0301 0110 0001"), "6271030101100001"],
    [text("'6271030101100001"), "6271030101100001"],
    [{ kind: "number", value: 6271030101100001 }, "KK_PRECISION_LOSS"],
    [text("6.27103E+15"), "KK_PRECISION_LOSS"],
    [text("627103010110000"), "KK_INVALID"],
    [text("62710301011O0001"), "KK_INVALID"],
    [{ kind: "number", value: 62710301011 }, "KK_INVALID"],
    [text("-"), "empty"],
    [text("BELUM ADA"), "empty"],
    [{ kind: "empty" }, "empty"],
  ];
  it.each(kk)("KK %o → %s", (cell, expected) => {
    const r = checkNoKkCell(cell);
    expect(r.kind === "valid" ? r.noKk : r.kind === "invalid" ? r.code : r.kind).toBe(expected);
  });
  const nib: [RawCell, string][] = [
    [text("9120001234567"), "9120001234567"],
    [text("9120 0012 34567"), "9120001234567"],
    [{ kind: "number", value: 9120001234567 }, "9120001234567"],
    [text("NIB: 9120001234567"), "9120001234567"],
    [text("IUMK 503/123/DPMPTSP/2019"), "invalid"],
    [text("SKU"), "invalid"],
    [text("912000123456"), "invalid"],
    [text("-"), "empty"],
    [{ kind: "empty" }, "empty"],
  ];
  it.each(nib)("NIB %o → %s", (cell, expected) => {
    const r = checkNibCell(cell);
    expect(r.kind === "valid" ? r.nib : r.kind).toBe(expected);
  });
});
