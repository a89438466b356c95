import { describe, expect, it } from "vitest";
import { isProvinceCode, isRegionCode, regionLevel } from "./region-code";

// The pattern was copied in the region, access, register, matching, aid and store contracts and
// in the web's irisan filter; the province list in the register's NIK check.
describe("isRegionCode / regionLevel", () => {
  it.each([
    ["62", "province"],
    ["62.71", "regency"],
    ["62.71.01", "district"],
    ["62.71.01.1001", "village"],
    ["13.10", "regency"],
    ["99", "province"], // well-formed; whether it exists is the region table's question
    ["6", null],
    ["627", null],
    ["6271", null],
    ["62.7", null],
    ["62.71.1", null],
    ["62.71.01.101", null],
    ["62.71.01.10011", null],
    ["62.71.01.1001.", null],
    ["62-71", null],
    [" 62.71", null],
    ["*", null],
    ["", null],
  ])("%s → %s", (code, level) => {
    expect(regionLevel(code)).toBe(level);
    expect(isRegionCode(code)).toBe(level !== null);
  });
});

describe("isProvinceCode", () => {
  it.each([
    ["11", true],
    ["62", true],
    ["91", true],
    ["96", true],
    ["10", false],
    ["20", false],
    ["54", false],
    ["97", false],
    ["01", false],
    ["6", false],
    ["621", false],
    ["62.71", false],
  ])("%s → %s", (code, ok) => expect(isProvinceCode(code)).toBe(ok));
});
