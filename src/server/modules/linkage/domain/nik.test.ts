import { describe, expect, it } from "vitest";
import { compareNik, nikEditDistance, parseNik } from "./nik";

describe("parseNik", () => {
  it.each([
    ["3204110609970001", true, 19970906, "L"],
    ["3204114609970001", true, 19970906, "P"],
    ["3204 1106 0997 0001", true, 19970906, "L"],
    ["32.04.11.060997.0001", true, 19970906, "L"],
    ["6271015203100002", true, 20100312, "P"],
    ["3204110609970000", false, 0, null],
    ["3204113209970001", false, 0, null],
    ["3204110613970001", false, 0, null],
    ["32041106O9970001", false, 0, null],
    ["320411060997001", false, 0, null],
    ["0104110609970001", false, 0, null],
  ])("%s → valid %s", (raw, valid, birth, sex) => {
    const info = parseNik(raw);
    expect(info.isValid).toBe(valid);
    expect(info.birthDate).toBe(birth);
    expect(info.sex).toBe(sex);
  });

  it("keeps the digits of an invalid NIK for typo-aware comparison", () => {
    expect(parseNik("32041106O9970001").digits).toBe("320411069970001");
  });
});

describe("compareNik (NIK-aware distance)", () => {
  const nik = "3204110609970001";
  it.each([
    [nik, "exact"],
    ["3204110609970002", "near"],
    ["3204110690970001", "near"],
    ["3204110609970000", "near"],
    ["320411060997001", "near"],
    ["32041106099700012", "near"],
    ["3204110609970012", "near2"],
    ["3204110609971234", "different"],
    ["6271015203100002", "different"],
  ])("%s → %s", (other, expected) => {
    expect(compareNik(nik, other)).toBe(expected);
  });

  it.each([
    [nik, nik, 0],
    [nik, "3204110609970002", 1],
    [nik, "3204110609970012", 2],
    [nik, "3204110609971234", 3],
  ])("edit distance %s / %s = %s", (a, b, d) => {
    expect(nikEditDistance(a, b)).toBe(d);
  });
});
