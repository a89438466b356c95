import { describe, expect, it } from "vitest";
import type { RawCell } from "./cell";
import { checkMoneyCell, parseMoneyText } from "./money";

const text = (t: string): RawCell => ({ kind: "text", text: t });

describe("checkMoneyCell", () => {
  const cases: [string, RawCell, number | "empty" | "invalid", boolean?][] = [
    ["number cell", { kind: "number", value: 1_500_000 }, 1_500_000, false],
    ["number cell with cents", { kind: "number", value: 1_500_000.4 }, 1_500_000, false],
    ["plain digits text", text("1500000"), 1_500_000, false],
    ["Rp 1.500.000", text("Rp 1.500.000"), 1_500_000, true],
    ["Rp. 1.500.000,-", text("Rp. 1.500.000,-"), 1_500_000, true],
    ["Rp1.500.000", text("Rp1.500.000"), 1_500_000, true],
    ["1.500.000,00", text("1.500.000,00"), 1_500_000, true],
    ["1,500,000", text("1,500,000"), 1_500_000, true],
    ["1,5 jt", text("1,5 jt"), 1_500_000, true],
    ["1.5 juta", text("1.5 juta"), 1_500_000, true],
    ["2 juta", text("2 juta"), 2_000_000, true],
    ["2jt", text("2jt"), 2_000_000, true],
    ["750 rb", text("750 rb"), 750_000, true],
    ["750rb", text("750rb"), 750_000, true],
    ["750 ribu", text("750 ribu"), 750_000, true],
    ["± 2 juta", text("± 2 juta"), 2_000_000, true],
    ["+- 2 juta", text("+- 2 juta"), 2_000_000, true],
    ["kurang lebih 3 juta", text("kurang lebih 3 juta"), 3_000_000, true],
    ["Rp 2.000.000/bulan", text("Rp 2.000.000/bulan"), 2_000_000, true],
    ["2 juta per bulan", text("2 juta per bulan"), 2_000_000, true],
    ["1,2 M", text("1,2 M"), 1_200_000_000, true],
    ["2.500.000 rupiah", text("2.500.000 rupiah"), 2_500_000, true],
    ["NBSP", text("Rp\u00a01.500.000"), 1_500_000, true],
    ["nihil", text("nihil"), 0, true],
    ["zero", text("0"), 0, false],
    ["empty", { kind: "empty" }, "empty"],
    ["dash", text("-"), "empty"],
    ["tidak tentu", text("tidak tentu"), "invalid"],
    ["tidak menentu", text("tidak menentu"), "invalid"],
    ["a range", text("1-2 juta"), "invalid"],
    ["words", text("dua juta"), "invalid"],
    ["negative number", { kind: "number", value: -5 }, "invalid"],
  ];
  it.each(cases)("%s", (_l, cell, expected, fromText) => {
    const result = checkMoneyCell(cell);
    if (typeof expected === "number") {
      expect(result).toEqual({ kind: "valid", amount: expected, fromText });
    } else expect(result.kind).toBe(expected);
  });

  it("n juta / n rb for every n up to 999", () => {
    for (let n = 1; n < 1000; n++) {
      expect(parseMoneyText(`${n} juta`)).toBe(n * 1_000_000);
      expect(parseMoneyText(`${n}jt`)).toBe(n * 1_000_000);
      expect(parseMoneyText(`${n} rb`)).toBe(n * 1_000);
    }
  });
});
