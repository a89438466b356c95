import { describe, expect, it } from "vitest";
import { inScope, isValidScope, scopeWithin } from "./scope";

describe("inScope", () => {
  it.each([
    ["62", "62.71.01.1001", true],
    ["62", "62", true],
    ["62.71", "62.71.01", true],
    ["62.71", "62.7", false],
    ["62.7", "62.71", false],
    ["62.71", "62.02.01", false],
    ["6", "62.71", false],
    ["62.71", null, false],
    ["*", "13.10", true],
  ])("scope %s covers %s: %s", (scope, code, expected) => {
    expect(inScope(scope, code)).toBe(expected);
  });
});

describe("scopes", () => {
  it.each([
    ["62", true],
    ["62.71", true],
    ["62.71.01", true],
    ["62.71.01.1001", true],
    ["*", true],
    ["62.7", false],
    ["", false],
    ["62.71.01.101", false],
    ["abc", false],
  ])("%s valid: %s", (scope, ok) => expect(isValidScope(scope)).toBe(ok));

  it("nests", () => {
    expect(scopeWithin("62", "62.71")).toBe(true);
    expect(scopeWithin("62.71", "62")).toBe(false);
    expect(scopeWithin("62.71", "*")).toBe(false);
    expect(scopeWithin("*", "62")).toBe(true);
  });
});
