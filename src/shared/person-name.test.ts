import { describe, expect, it } from "vitest";
import { cleanName, isMissingName, nameKey } from "./person-name";

describe("cleanName keeps case and titles", () => {
  it.each([
    ["  Hj.  Siti   Aminah ", "Hj. Siti Aminah"],
    ["BUDI\u00a0SANTOSO", "BUDI SANTOSO"],
    ["Ahmad\nFauzi", "Ahmad Fauzi"],
    ["Drs. H. Abdul Rahman, M.Si", "Drs. H. Abdul Rahman, M.Si"],
  ])("%j → %j", (input, expected) => expect(cleanName(input)).toBe(expected));
});

describe("isMissingName", () => {
  it.each([
    ["", true],
    ["   ", true],
    ["-", true],
    ["...", true],
    ["A", false],
    ["Siti", false],
  ])("%j → %s", (input, expected) => expect(isMissingName(input)).toBe(expected));
});

describe("nameKey", () => {
  const same: [string, string][] = [
    ["Hj. Siti Aminah", "SITI AMINAH"],
    ["HJ SITI AMINAH", "SITI AMINAH"],
    ["Hajjah Siti Aminah", "SITI AMINAH"],
    ["H. Ahmad Fauzi", "AHMAD FAUZI"],
    ["Drs. H. Abdul Rahman, M.Si", "ABDUL RAHMAN"],
    ["Budi Santoso, S.E., M.M.", "BUDI SANTOSO"],
    ["Budi Santoso, S.Pd", "BUDI SANTOSO"],
    ["Budi Santoso, S. Pd", "BUDI SANTOSO"],
    ["Ir. Budi Santoso", "BUDI SANTOSO"],
    ["Ibu Siti Aminah", "SITI AMINAH"],
    ["R.A. Kartini", "KARTINI"],
    ["  siti   aminah ", "SITI AMINAH"],
    ["Siti Aminah", "SITI AMINAH"],
    ["José", "JOSE"],
  ];
  it.each(same)("%j → %j", (input, expected) => expect(nameKey(input)).toBe(expected));

  it("does not fold spelling variants (that is for the linkage module)", () => {
    expect(nameKey("Muhammad Yusuf")).not.toBe(nameKey("Mohamad Yusuf"));
  });
  it("a name that is only a title stays", () => {
    expect(nameKey("H")).toBe("H");
  });
});
