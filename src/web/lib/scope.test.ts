import { describe, expect, it } from "vitest";
import { isWithinScope, trimToScope } from "./scope";

describe("isWithinScope", () => {
  it.each([
    ["62", "62", true],
    ["62.71", "62", true],
    ["62.71.01.1001", "62.71", true],
    ["62.02", "62.71", false],
    ["62.7", "62.71", false],
    ["62.710", "62.71", false],
    ["63", "62", false],
    ["11.01", "", true],
  ])("%s inside %s → %s", (code, scope, expected) => {
    expect(isWithinScope(code, scope)).toBe(expected);
  });
});

describe("trimToScope", () => {
  it("drops ancestors above the scope root", () => {
    const trail = [{ code: "62" }, { code: "62.71" }, { code: "62.71.01" }];
    expect(trimToScope(trail, "62.71").map((r) => r.code)).toEqual(["62.71", "62.71.01"]);
  });
  it("keeps the whole trail for a province scope", () => {
    expect(trimToScope([{ code: "62" }, { code: "62.02" }], "62")).toHaveLength(2);
  });
});
