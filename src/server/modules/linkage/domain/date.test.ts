import { describe, expect, it } from "vitest";
import { compareDates, parseDate, swapInvariantKey } from "./date";

describe("parseDate", () => {
  it.each([
    ["1980-04-07", "auto", 19800407],
    ["07-04-1980", "auto", 19800407],
    ["07/04/1980", "auto", 19800407],
    ["7 April 1980", "auto", 19800407],
    ["7 Agustus 1980", "auto", 19800807],
    ["7 Agt 1980", "auto", 19800807],
    ["19800407", "ymd", 19800407],
    ["07041980", "dmy", 19800407],
    ["04/07/1980", "mdy", 19800407],
    ["", "auto", 0],
    ["tidak tahu", "auto", 0],
    ["1980-13-45", "auto", 0],
  ] as const)("%s (%s) → %s", (raw, order, expected) => {
    expect(parseDate(raw, order)).toBe(expected);
  });
});

describe("compareDates", () => {
  it.each([
    [19800407, 19800407, "exact"],
    [19800407, 19800704, "swap"],
    [19800407, 19800408, "near"],
    [19800407, 19810407, "near"],
    [19800407, 19080407, "near"],
    [19800407, 19800422, "partial"],
    [19800407, 19620407, "partial"],
    [19800407, 19950922, "different"],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it("a swapped day and month share the blocking key", () => {
    expect(swapInvariantKey(19800407)).toBe(swapInvariantKey(19800704));
    expect(swapInvariantKey(19800407)).not.toBe(swapInvariantKey(19800408));
  });
});
