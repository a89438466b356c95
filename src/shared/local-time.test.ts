import { describe, expect, it } from "vitest";
import { localDate, localStamp, regionZone, wallClock } from "./local-time";

const instant = new Date("2020-04-07T17:30:00Z");

describe("times in the office's zone", () => {
  it.each([
    ["62.71", "Asia/Pontianak", "08/04/2020 00.30 WIB", "2020-04-08"],
    ["63.71", "Asia/Makassar", "08/04/2020 01.30 WITA", "2020-04-08"],
    ["91", "Asia/Jayapura", "08/04/2020 02.30 WIT", "2020-04-08"],
    ["13.10", "Asia/Jakarta", "08/04/2020 00.30 WIB", "2020-04-08"],
    [null, "Asia/Jakarta", "08/04/2020 00.30 WIB", "2020-04-08"],
    ["99", "Asia/Jakarta", "08/04/2020 00.30 WIB", "2020-04-08"],
  ])("region %s is %s", (region, zone, stamp, date) => {
    expect(regionZone(region)).toBe(zone);
    expect(localStamp(instant, region)).toBe(stamp);
    expect(localDate(instant, region)).toBe(date);
  });

  it("gives spreadsheets the wall-clock time", () => {
    expect(wallClock(instant, "63.71").toISOString()).toBe("2020-04-08T01:30:00.000Z");
  });
});
