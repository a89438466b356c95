import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "./calendar";
import { checkNik, checkNikDigits, decodeNikBirth, hasNikShape, isValidNik, sameNikBirthDate } from "./nik";
import { PROVINCES } from "./region-zones";

const MALE = "6271031205800003"; // Palangka Raya, 12-05-1980, man
const FEMALE = "6271035205800003"; // same date, woman (day + 40)
const shown = (value: string, options?: Parameters<typeof checkNik>[1]) => {
  const result = checkNik(value, options);
  return result.kind === "valid" ? "valid" : result.code;
};

// The union of the cases of the register's, the matching engine's and the aid template's copies,
// and the inputs on which they disagreed (marked "was …").
describe("checkNik", () => {
  const cases: [string, string, string][] = [
    ["plain text", MALE, "valid"],
    ["woman", FEMALE, "valid"],
    ["spaces", "6271 0312 0580 0003", "valid"],
    ["dots", "6271.0312.0580.0003", "valid"],
    ["dotted like a region code", "32.04.11.060997.0001", "valid"],
    ["dashes", "6271-0312-0580-0003", "valid"],
    ["NBSP", "6271\u00a003120580\u00a00003", "valid"],
    ["zero-width space", "6271\u200b031205800003", "valid"],
    ["leading apostrophe", `'${MALE}`, "valid"],
    ["surrounding spaces", `  ${MALE} `, "valid"],
    ["empty", "", "NIK_MISSING"],
    ["dash", "-", "NIK_MISSING"],
    ["BELUM ADA", "BELUM ADA", "NIK_MISSING"],
    ["belum punya", "belum punya KTP", "NIK_MISSING"],
    ["text 15 digits", "627103120580000", "NIK_LENGTH"],
    ["text 17 digits", "62710312058000031", "NIK_LENGTH"],
    ["letter O for zero", "6271O31205800003", "NIK_CHARS"],
    ["letter l for one", "627l031205800003", "NIK_CHARS"],
    ["slash inside (was valid in matching)", "6271031205/800003", "NIK_CHARS"],
    ["underscore inside (was valid in matching)", "6271_031205800003", "NIK_CHARS"],
    ["apostrophe inside (was valid in matching)", "6271'031205800003", "NIK_CHARS"],
    ["unknown province 01", "0104110609970001", "NIK_PROVINCE"],
    ["unknown province 10", "1071031205800003", "NIK_PROVINCE"],
    ["unknown province 54 (was valid in matching)", "5471031205800003", "NIK_PROVINCE"],
    ["unknown province 99 (was valid in matching)", "9971031205800003", "NIK_PROVINCE"],
    ["day 00", "6271030005800003", "NIK_DATE"],
    ["day 32", "3204113209970001", "NIK_DATE"],
    ["day 40", "6271034005800003", "NIK_DATE"],
    ["day 72", "6271037205800003", "NIK_DATE"],
    ["month 00", "6271031200800003", "NIK_DATE"],
    ["month 13", "3204110613970001", "NIK_DATE"],
    ["31 Feb", "6271033102800003", "NIK_DATE"],
    ["29 Feb 1981 (was valid in matching)", "6271032902810003", "NIK_DATE"],
    ["29 Feb 1980 ok", "6271032902800003", "valid"],
    ["29 Feb 2000 (yy 00) ok", "6271032902000003", "valid"],
    ["71 = 31 for women", "6271037101800003", "valid"],
    ["serial 0000", "6271031205800000", "NIK_SERIAL"],
    ["serial 0000 of another NIK", "3204110609970000", "NIK_SERIAL"],
    ["other province is valid", "3204110609970001", "valid"],
    ["Papua 91 is valid", "9101011205800001", "valid"],
    ["Papua Barat Daya 96 is valid", "9601011205800001", "valid"],
    ["born 2010", "6271015203100002", "valid"],
  ];
  it.each(cases)("%s", (_label, value, expected) => {
    expect(shown(value)).toBe(expected);
    expect(isValidNik(value)).toBe(expected === "valid");
  });

  it("serial 0000 is accepted with a flag when the caller asks (the import)", () => {
    expect(checkNik("6271031205800000", { zeroSerial: "accept" })).toMatchObject({
      kind: "valid",
      serialIsZero: true,
      endsInZero: true,
    });
  });

  it("text ending in 0 is valid and says so (NIK_TRAILING_ZERO is info)", () => {
    expect(checkNik("6271031205800010")).toMatchObject({
      kind: "valid",
      endsInZero: true,
      nik: "6271031205800010",
    });
  });

  it("decodes birth date, sex and district", () => {
    expect(checkNik(FEMALE)).toMatchObject({
      kind: "valid",
      sex: "P",
      birthDate: { year: 1980, month: 5, day: 12 },
      districtCode: "62.71.03",
    });
    expect(checkNik("3204114609970001")).toMatchObject({
      sex: "P",
      birthDate: { year: 1997, month: 9, day: 6 },
    });
    expect(checkNik("6271015203100002")).toMatchObject({
      sex: "P",
      birthDate: { year: 2010, month: 3, day: 12 },
    });
  });

  it("keeps the digits of a NIK whose date or province is wrong (they are readable)", () => {
    expect(checkNik("6271033102800003")).toEqual({
      kind: "invalid",
      code: "NIK_DATE",
      nik: "6271033102800003",
    });
    expect(checkNik("6271O31205800003")).toEqual({ kind: "invalid", code: "NIK_CHARS", nik: null });
  });
});

describe("two-digit years", () => {
  for (let yy = 0; yy <= 99; yy++) {
    const y = String(yy).padStart(2, "0");
    it(`yy ${y}: ≤ 20 → 20yy by default (the import policy), ≤ 26 with pivot 26 (matching in 2026)`, () => {
      expect(decodeNikBirth(`6271030101${y}0001`)?.birthDate.year).toBe(yy <= 20 ? 2000 + yy : 1900 + yy);
      expect(decodeNikBirth(`6271030101${y}0001`, 26)?.birthDate.year).toBe(yy <= 26 ? 2000 + yy : 1900 + yy);
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
    province: fc.constantFrom(...PROVINCES.map((p) => p.code)),
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

  it("spaces, dots and dashes between digits never change the result", () => {
    fc.assert(
      fc.property(
        validNik,
        fc.array(fc.constantFrom(" ", ".", "-", "\u00a0"), { minLength: 15, maxLength: 15 }),
        (r, seps) => {
          const spaced = [...r.nik].map((ch, i) => ch + (i < 15 && i % 4 === 3 ? seps[i] : "")).join("");
          expect(checkNik(spaced)).toEqual(checkNik(r.nik));
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
          expect(checkNik(typo)).toMatchObject({ kind: "invalid", code: "NIK_CHARS" });
        },
      ),
    );
  });
});

describe("sameNikBirthDate: the NIK holds no century", () => {
  const nikDate = { year: 1980, month: 5, day: 12 };
  it.each([
    [{ year: 1980, month: 5, day: 12 }, true],
    [{ year: 2080, month: 5, day: 12 }, true],
    [{ year: 1980, month: 5, day: 13 }, false],
    [{ year: 1981, month: 5, day: 12 }, false],
  ])("%o → %s", (stated, same) => {
    expect(sameNikBirthDate(nikDate, stated)).toBe(same);
  });
});

describe("hasNikShape (files and lookups: the aid template's and bank files' check)", () => {
  it.each([
    ["6271031205800003", true],
    ["6271033102800003", true],
    ["627103120580000", false],
    ["6271 0312 0580 0003", false],
    ["6271O31205800003", false],
  ])("%s → %s", (value, ok) => expect(hasNikShape(value)).toBe(ok));
});
