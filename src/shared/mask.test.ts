import { describe, expect, it } from "vitest";
import { maskIdentity, maskPhone } from "./mask";

// The register's, the matching engine's and aid's copies had the same cases; the store's phone mask.
describe("maskIdentity", () => {
  it.each([
    ["6271015205800001", "6271********0001"],
    ["1310010101800001", "1310********0001"],
    ["123456789", "1234*6789"],
    ["12345678", "********"],
    ["1234", "****"],
    ["", ""],
    [null, null],
  ])("%s → %s", (value, masked) => {
    expect(maskIdentity(value)).toBe(masked);
  });
});

describe("maskPhone", () => {
  it.each([
    ["+6281234567890", "+62 812-****-7890"],
    ["+628123456789", "+62 812-****-6789"],
  ])("%s → %s: the operator prefix and the last four digits", (e164, masked) => {
    expect(maskPhone(e164)).toBe(masked);
  });
});
