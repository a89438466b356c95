import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "./calendar";
import type { RawCell } from "./cell";
import { checkNikCell, checkNikDigits, decodeNikBirth } from "./nik";
import { checkNikConsistency } from "./nik-consistency";
import { PROVINCE_CODES } from "./province-codes";

const text = (t: string): RawCell => ({ kind: "text", text: t });
const num = (value: number): RawCell => ({ kind: "number", value });

const MALE = "6271031205800003"; // Palangka Raya, 12-05-1980, man
const FEMALE = "6271035205800003"; // same date, woman (day + 40)

describe("checkNikCell: the policy's cell readings", () => {
  const cases: [string, RawCell, string][] = [
    ["plain text", text(MALE), "valid"],
    ["woman", text(FEMALE), "valid"],
    ["spaces", text("6271 0312 0580 0003"), "valid"],
    ["dots", text("6271.0312.0580.0003"), "valid"],
    ["dashes", text("6271-0312-0580-0003"), "valid"],
    ["NBSP", text("6271\u00a003120580\u00a00003"), "valid"],
    ["leading apostrophe", text(`'${MALE}`), "valid"],
    ["surrounding spaces", text(`  ${MALE} `), "valid"],
    ["empty cell", { kind: "empty" }, "NIK_MISSING"],
    ["dash", text("-"), "NIK_MISSING"],
    ["BELUM ADA", text("BELUM ADA"), "NIK_MISSING"],
    ["belum punya", text("belum punya KTP"), "NIK_MISSING"],
    ["number 16 digits", num(6271031205800003), "NIK_PRECISION_LOSS"],
    ["number ending in 0", num(6271031205800000), "NIK_PRECISION_LOSS"],
    ["number 17 digits", num(Number("62710312058000031")), "NIK_PRECISION_LOSS"],
    ["E+ text", text("6.27103E+15"), "NIK_PRECISION_LOSS"],
    ["E+ text comma", text("1,97107E+15"), "NIK_PRECISION_LOSS"],
    ["E+ lower case", text("6.271031e+15"), "NIK_PRECISION_LOSS"],
    ["float text from a program", text("6271031205800003.0"), "NIK_PRECISION_LOSS"],
    ["number 15 digits", num(627103120580000), "NIK_LENGTH"],
    ["text 15 digits", text("627103120580000"), "NIK_LENGTH"],
    ["text 17 digits", text("62710312058000031"), "NIK_LENGTH"],
    ["letter O for zero", text("6271O31205800003"), "NIK_CHARS"],
    ["letter l for one", text("627l031205800003"), "NIK_CHARS"],
    ["slash inside", text("6271031205/800003"), "NIK_CHARS"],
    ["unknown province 10", text("1071031205800003"), "NIK_PROVINCE"],
    ["unknown province 54", text("5471031205800003"), "NIK_PROVINCE"],
    ["day 00", text("6271030005800003"), "NIK_DATE"],
    ["day 32", text("6271033205800003"), "NIK_DATE"],
    ["day 40", text("6271034005800003"), "NIK_DATE"],
    ["day 72", text("6271037205800003"), "NIK_DATE"],
    ["month 00", text("6271031200800003"), "NIK_DATE"],
    ["month 13", text("6271031213800003"), "NIK_DATE"],
    ["31 Feb", text("6271033102800003"), "NIK_DATE"],
    ["29 Feb 1981", text("6271032902810003"), "NIK_DATE"],
    ["29 Feb 1980 ok", text("6271032902800003"), "valid"],
    ["29 Feb 2000 (yy 00) ok", text("6271032902000003"), "valid"],
    ["71 = 31 for women", text("6271037101800003"), "valid"],
    ["serial 0000", text("6271031205800000"), "NIK_SERIAL"],
    ["other province is valid", text("3204110609970001"), "valid"],
    ["Papua 91 is valid", text("9101011205800001"), "valid"],
  ];
  it.each(cases)("%s", (_label, cell, expected) => {
    const result = checkNikCell(cell);
    expect(result.kind === "valid" ? "valid" : result.code).toBe(expected);
  });

  it("serial 0000 is accepted with a flag when the caller asks (the import)", () => {
    expect(checkNikCell(text("6271031205800000"), { zeroSerial: "accept" })).toMatchObject({
      kind: "valid",
      serialIsZero: true,
      endsInZero: true,
    });
  });

  it("text ending in 0 is valid and says so (NIK_TRAILING_ZERO is info)", () => {
    const result = checkNikCell(text("6271031205800010"));
    expect(result).toMatchObject({ kind: "valid", endsInZero: true, nik: "6271031205800010" });
  });

  it("decodes birth date, sex and district", () => {
    expect(checkNikCell(text(FEMALE))).toMatchObject({
      kind: "valid",
      sex: "P",
      birthDate: { year: 1980, month: 5, day: 12 },
      districtCode: "62.71.03",
    });
  });
});

describe("two-digit years follow the policy (≤ 20 → 20yy)", () => {
  for (let yy = 0; yy <= 99; yy++) {
    const y = String(yy).padStart(2, "0");
    it(`yy ${y}`, () => {
      const birth = decodeNikBirth(`6271030101${y}0001`);
      expect(birth?.birthDate.year).toBe(yy <= 20 ? 2000 + yy : 1900 + yy);
    });
  }
});

describe("every day of every month, both sexes (thousands of cases)", () => {
  it("accepts real days and rejects the rest", () => {
    let checked = 0;
    for (const yy of [0, 4, 19, 20, 21, 80, 81, 99]) {
      const year = yy <= 20 ? 2000 + yy : 1900 + yy;
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 80; day++) {
          const nik = `627103${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(yy).padStart(2, "0")}0001`;
          const realDay = day > 40 ? day - 40 : day;
          const ok =
            month >= 1 && month <= 12 && realDay >= 1 && realDay <= daysInMonth(year, month) && day !== 40;
          const result = checkNikDigits(nik);
          expect(result.kind, nik).toBe(ok ? "valid" : "invalid");
          if (!ok && result.kind === "invalid") expect(result.code).toBe("NIK_DATE");
          checked++;
        }
      }
    }
    expect(checked).toBe(8 * 14 * 81);
  });
});

const validNik = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    rest: fc.integer({ min: 0, max: 9999 }),
    year: fc.integer({ min: 1921, max: 2020 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    woman: fc.boolean(),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map((r) => ({
    ...r,
    nik: `${r.province}${String(r.rest).padStart(4, "0")}${String(r.day + (r.woman ? 40 : 0)).padStart(2, "0")}${String(r.month).padStart(2, "0")}${String(r.year % 100).padStart(2, "0")}${String(r.serial).padStart(4, "0")}`,
  }));

describe("properties", () => {
  it("a well-formed NIK round-trips its birth date and sex", () => {
    fc.assert(
      fc.property(validNik, (r) => {
        const result = checkNikDigits(r.nik);
        expect(result).toMatchObject({ kind: "valid", sex: r.woman ? "P" : "L" });
        if (result.kind === "valid")
          expect(result.birthDate).toEqual({ year: r.year, month: r.month, day: r.day });
      }),
    );
  });

  it("any 16-digit number cell is precision loss, whatever it looks like", () => {
    fc.assert(
      fc.property(validNik, (r) => {
        expect(checkNikCell(num(Number(r.nik)))).toMatchObject({ code: "NIK_PRECISION_LOSS" });
      }),
    );
  });

  it("spaces, dots and dashes between digits never change the result", () => {
    fc.assert(
      fc.property(
        validNik,
        fc.array(fc.constantFrom(" ", ".", "-", "\u00a0"), { minLength: 15, maxLength: 15 }),
        (r, seps) => {
          const spaced = [...r.nik].map((ch, i) => ch + (i < 15 && i % 4 === 3 ? seps[i] : "")).join("");
          expect(checkNikCell(text(spaced))).toEqual(checkNikCell(text(r.nik)));
        },
      ),
    );
  });

  it("a letter anywhere is NIK_CHARS", () => {
    fc.assert(
      fc.property(
        validNik,
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom("O", "l", "I", "o", "S", "B"),
        (r, at, letter) => {
          const typo = r.nik.slice(0, at) + letter + r.nik.slice(at + 1);
          expect(checkNikCell(text(typo))).toMatchObject({ kind: "invalid", code: "NIK_CHARS" });
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
