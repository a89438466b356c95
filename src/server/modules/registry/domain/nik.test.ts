import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROVINCES } from "../../../../shared/region-zones";
import type { RawCell } from "./cell";
import { checkNikCell } from "./nik";
import { checkNikConsistency } from "./nik-consistency";

// The NIK rule itself is tested in src/shared/nik.test.ts; here only what a spreadsheet cell adds.
const text = (t: string): RawCell => ({ kind: "text", text: t });
const num = (value: number): RawCell => ({ kind: "number", value });

const MALE = "6271031205800003"; // Palangka Raya, 12-05-1980, man
const FEMALE = "6271035205800003"; // same date, woman (day + 40)

describe("checkNikCell: the policy's cell readings", () => {
  const cases: [string, RawCell, string][] = [
    ["plain text", text(MALE), "valid"],
    ["leading apostrophe", text(`'${MALE}`), "valid"],
    ["empty cell", { kind: "empty" }, "NIK_MISSING"],
    ["BELUM ADA", text("BELUM ADA"), "NIK_MISSING"],
    ["number 16 digits", num(6271031205800003), "NIK_PRECISION_LOSS"],
    ["number ending in 0", num(6271031205800000), "NIK_PRECISION_LOSS"],
    ["number 17 digits", num(Number("62710312058000031")), "NIK_PRECISION_LOSS"],
    ["E+ text", text("6.27103E+15"), "NIK_PRECISION_LOSS"],
    ["E+ text comma", text("1,97107E+15"), "NIK_PRECISION_LOSS"],
    ["E+ lower case", text("6.271031e+15"), "NIK_PRECISION_LOSS"],
    ["float text from a program", text("6271031205800003.0"), "NIK_PRECISION_LOSS"],
    ["number 15 digits", num(627103120580000), "NIK_LENGTH"],
    ["letter O for zero", text("6271O31205800003"), "NIK_CHARS"],
    ["31 Feb", text("6271033102800003"), "NIK_DATE"],
    ["serial 0000", text("6271031205800000"), "NIK_SERIAL"],
  ];
  it.each(cases)("%s", (_label, cell, expected) => {
    const result = checkNikCell(cell);
    expect(result.kind === "valid" ? "valid" : result.code).toBe(expected);
  });

  it("serial 0000 is accepted with a flag when the caller asks (the import)", () => {
    expect(checkNikCell(text("6271031205800000"), { zeroSerial: "accept" })).toMatchObject({
      kind: "valid",
      serialIsZero: true,
    });
  });

  it("any 16-digit number cell is precision loss, whatever it looks like", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROVINCES.map((p) => p.code)),
        fc.integer({ min: 1e13, max: 1e14 - 1 }),
        (province, rest) => {
          expect(checkNikCell(num(Number(`${province}${rest}`)))).toMatchObject({
            code: "NIK_PRECISION_LOSS",
          });
        },
      ),
    );
  });
});

describe("checkNikConsistency", () => {
  const nik = checkNikCell(text(FEMALE));
  if (nik.kind !== "valid") throw new Error("fixture");
  const cases: [string, Parameters<typeof checkNikConsistency>[1], string[]][] = [
    ["all agree", { noKk: "6271030101100001", birthDate: { year: 1980, month: 5, day: 12 }, sex: "P" }, []],
    ["nothing given", {}, []],
    ["KK equals NIK", { noKk: FEMALE }, ["NIK_EQUALS_KK"]],
    ["other day", { birthDate: { year: 1980, month: 5, day: 13 } }, ["NIK_DOB_MISMATCH"]],
    ["other year", { birthDate: { year: 1981, month: 5, day: 12 } }, ["NIK_DOB_MISMATCH"]],
    ["century is not in the NIK", { birthDate: { year: 2080, month: 5, day: 12 } }, []],
    ["sex L for a woman", { sex: "L" }, ["NIK_SEX_MISMATCH"]],
    [
      "everything off",
      { noKk: FEMALE, birthDate: { year: 1970, month: 1, day: 1 }, sex: "L" },
      ["NIK_EQUALS_KK", "NIK_DOB_MISMATCH", "NIK_SEX_MISMATCH"],
    ],
  ];
  it.each(cases)("%s", (_label, facts, expected) => {
    expect(checkNikConsistency(nik, facts)).toEqual(expected);
  });
});
