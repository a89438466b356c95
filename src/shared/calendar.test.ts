import { describe, expect, it } from "vitest";
import { daysInMonth, expandTwoDigitYear, fromIsoDate, isIsoDate, toIsoDate } from "./calendar";
import { fromLocal } from "./dates";

// Strict "YYYY-MM-DD": the register's, aid's, the store's and the matching engine's copies (the
// last one accepted any digits, marked "was …"), and the web's checks.
describe("isIsoDate / fromIsoDate", () => {
  it.each([
    ["2020-04-07", true],
    ["2020-02-29", true],
    ["2000-02-29", true],
    ["1980-12-31", true],
    ["0001-01-01", true],
    ["2020-02-30", false],
    ["2020-02-31", false], // was accepted by the matching API
    ["2021-02-29", false],
    ["1900-02-29", false],
    ["2020-04-31", false],
    ["2020-13-01", false],
    ["2020-00-10", false],
    ["2020-01-00", false],
    ["0000-01-01", false],
    ["2020-4-7", false],
    ["07-04-2020", false],
    ["2020-04-07T00:00:00Z", false],
    [" 2020-04-07", false],
    ["", false],
  ])("%s → %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
    expect(fromIsoDate(value) !== null).toBe(ok);
  });

  it("round-trips", () => {
    expect(fromIsoDate("1980-05-12")).toEqual({ year: 1980, month: 5, day: 12 });
    expect(toIsoDate({ year: 980, month: 5, day: 2 })).toBe("0980-05-02");
  });

  it("the zone conversion refuses what the rule refuses", () => {
    expect(() => fromLocal({ date: "2020-02-31", tz: "Asia/Jakarta" })).toThrow(RangeError);
    expect(fromLocal({ date: "2020-02-29", hour: 10, tz: "Asia/Makassar" }).toISOString()).toBe(
      "2020-02-29T02:00:00.000Z",
    );
  });
});

describe("daysInMonth", () => {
  it.each([
    [2020, 2, 29],
    [2021, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2020, 4, 30],
    [2020, 12, 31],
  ])("%i-%i → %i", (year, month, days) => expect(daysInMonth(year, month)).toBe(days));
});

describe("expandTwoDigitYear", () => {
  it.each([
    [0, 20, 2000],
    [20, 20, 2020],
    [21, 20, 1921],
    [99, 20, 1999],
    [26, 26, 2026],
    [27, 26, 1927],
  ])("%i with pivot %i → %i", (yy, pivot, year) => expect(expandTwoDigitYear(yy, pivot)).toBe(year));
  it("defaults to the import policy's pivot 20", () => expect(expandTwoDigitYear(21)).toBe(1921));
});
