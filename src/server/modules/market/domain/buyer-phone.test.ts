import { describe, expect, it } from "vitest";
import { maskPhone, normaliseBuyerPhone } from "./buyer-phone";

describe("normaliseBuyerPhone", () => {
  it.each([
    ["0812-3456-7890", "+6281234567890"],
    ["081234567890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["0062 812 3456 789", "+628123456789"],
    ["(0813) 4999 1234", "+6281349991234"],
  ])("%s → %s", (input, e164) => {
    expect(normaliseBuyerPhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    "",
    "abc",
    "0536 322 1234",
    "+1 555 123 4567",
    "0812",
    "08123456789012345",
    "08O1234567",
    "+6280123456789",
  ])("rejects %s", (input) => {
    expect(normaliseBuyerPhone(input)).toEqual({ ok: false });
  });
});

describe("maskPhone", () => {
  it("keeps the operator prefix and the last four digits", () => {
    expect(maskPhone("+6281234567890")).toBe("+62 812-****-7890");
  });
});
