import { describe, expect, it } from "vitest";
import { effectivePrefix, parseSearchQuery } from "./search-query";
import { canMoveConstraint } from "./vocab";

describe("parseSearchQuery", () => {
  it.each([
    ["", { kind: "none" }],
    ["6271015205800012", { kind: "nik", nik: "6271015205800012" }],
    ["6271 0152 0580 0012", { kind: "nik", nik: "6271015205800012" }],
    ["0812-3456-7890", { kind: "phone", e164: "+6281234567890" }],
    ["+62 812 3456 7890", { kind: "phone", e164: "+6281234567890" }],
    ["627101", { kind: "nik_prefix", prefix: "627101" }],
    ["12", { kind: "none" }],
    ["Hj. Siti Rahmawati", { kind: "name", key: "SITI RAHMAWATI" }],
    ["katering barokah", { kind: "name", key: "KATERING BAROKAH" }],
    ["a", { kind: "none" }],
  ])("%s", (q, expected) => {
    expect(parseSearchQuery(q)).toEqual(expected);
  });
});

describe("effectivePrefix", () => {
  it.each([
    ["*", undefined, "*"],
    ["*", "13.10", "13.10"],
    ["62.71", undefined, "62.71"],
    ["62.71", "62", "62.71"],
    ["62", "62.71.01", "62.71.01"],
    ["62.71", "62.02", null],
    ["62.71", "62.7", null],
  ] as const)("scope %s region %s", (scope, region, expected) => {
    expect(effectivePrefix(scope, region)).toBe(expected);
  });
});

describe("constraint moves", () => {
  it.each([
    ["open", "in_progress", true],
    ["open", "resolved", true],
    ["in_progress", "resolved", true],
    ["resolved", "open", true],
    ["resolved", "in_progress", false],
    ["open", "open", false],
  ] as const)("%s → %s: %s", (from, to, ok) => {
    expect(canMoveConstraint(from, to)).toBe(ok);
  });
});
