import { describe, expect, it } from "vitest";
import { cleanIdentityText } from "./identity-text";
import { isNoKkDigits, parseNoKk } from "./kk";
import { isNibDigits, parseNib } from "./nib";

// No. KK and NIB as typed (the register's form, the web form, the aid template); cells with numbers
// are the spreadsheet reader's business (registry small-fields tests).
describe("cleanIdentityText", () => {
  it.each([
    ["6271 0301 0110 0001", "6271030101100001"],
    ["6271.0301.0110.0001", "6271030101100001"],
    ["6271-0301-0110-0001", "6271030101100001"],
    ["6271\u2013030101100001", "6271030101100001"],
    ["'6271030101100001", "6271030101100001"],
    ["‘6271030101100001", "6271030101100001"],
    ["6271/030101100001", "6271/030101100001"],
    ["6271_030101100001", "6271_030101100001"],
    ["62710301011O0001", "62710301011O0001"],
  ])("%s → %s", (raw, cleaned) => expect(cleanIdentityText(raw)).toBe(cleaned));
});

describe("No. KK", () => {
  it.each([
    ["6271030101100001", "6271030101100001"],
    ["6271 0301 0110 0001", "6271030101100001"],
    ["'6271030101100001", "6271030101100001"],
    ["627103010110000", null],
    ["62710301011000011", null],
    ["62710301011O0001", null],
    ["BELUM ADA", null], // was silently emptied by the register form and the web form
    ["abc", null],
  ])("%s → %s", (raw, kk) => {
    expect(parseNoKk(raw)).toBe(kk);
    if (kk) expect(isNoKkDigits(kk)).toBe(true);
  });
});

describe("NIB", () => {
  it.each([
    ["9120001234567", "9120001234567"],
    ["9120 0012 34567", "9120001234567"],
    ["NIB: 9120001234567", "9120001234567"],
    ["nib 9120-0012-34567", "9120001234567"],
    ["IUMK 503/123/DPMPTSP/2019", null],
    ["SKU", null],
    ["912000123456", null],
    ["91200012345678", null],
    ["-", null], // was silently emptied by the register form
  ])("%s → %s", (raw, nib) => {
    expect(parseNib(raw)).toBe(nib);
    if (nib) expect(isNibDigits(nib)).toBe(true);
  });
});
