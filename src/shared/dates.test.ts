import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDateId,
  formatDateTimeId,
  formatShortDateId,
  formatTimeId,
  fromLocal,
  localDateKey,
  toLocal,
} from "./dates";
import { type IndonesianTimeZone, PROVINCES, provinceOfRegion, zoneForRegion } from "./region-zones";

describe("formatDateId / formatTimeId", () => {
  const instant = new Date("2020-04-07T03:00:00Z");
  it.each<[IndonesianTimeZone, string, string]>([
    ["Asia/Jakarta", "Selasa, 7 April 2020", "pukul 10.00 WIB"],
    ["Asia/Pontianak", "Selasa, 7 April 2020", "pukul 10.00 WIB"],
    ["Asia/Makassar", "Selasa, 7 April 2020", "pukul 11.00 WITA"],
    ["Asia/Jayapura", "Selasa, 7 April 2020", "pukul 12.00 WIT"],
  ])("%s", (tz, date, time) => {
    expect(formatDateId(instant, tz)).toBe(date);
    expect(formatTimeId(instant, tz)).toBe(time);
  });

  it("crosses midnight by zone", () => {
    const lateUtc = new Date("2020-12-31T16:30:00Z");
    expect(formatDateTimeId(lateUtc, "Asia/Jakarta")).toBe("Kamis, 31 Desember 2020 pukul 23.30 WIB");
    expect(formatDateTimeId(lateUtc, "Asia/Makassar")).toBe("Jumat, 1 Januari 2021 pukul 00.30 WITA");
    expect(formatShortDateId(new Date("2020-08-17T00:00:00Z"), "Asia/Jayapura")).toBe("17 Agt 2020");
    expect(localDateKey(lateUtc, "Asia/Jayapura")).toBe("2021-01-01");
  });

  it("matches the engine's tz database for every zone since 1990", () => {
    const zones: IndonesianTimeZone[] = ["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01Z"), max: new Date("2100-01-01Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (d, tz) => {
          const parts = new Intl.DateTimeFormat("en-US", {
            timeZone: tz,
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            hourCycle: "h23",
          }).formatToParts(d);
          const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
          const local = toLocal(d, tz);
          expect([local.year, local.month, local.day, local.hour, local.minute]).toEqual([
            get("year"),
            get("month"),
            get("day"),
            get("hour"),
            get("minute"),
          ]);
        },
      ),
    );
  });

  it("fromLocal is the inverse of toLocal", () => {
    const d = fromLocal({ date: "2020-04-07", hour: 10, tz: "Asia/Jakarta" });
    expect(d.toISOString()).toBe("2020-04-07T03:00:00.000Z");
    expect(() => fromLocal({ date: "2020-02-31", tz: "Asia/Jakarta" })).toThrow(RangeError);
  });
});

describe("zoneForRegion", () => {
  it.each([
    ["62", "Asia/Pontianak"],
    ["62.71", "Asia/Pontianak"],
    ["62.71.01.1001", "Asia/Pontianak"],
    ["61.01", "Asia/Pontianak"],
    ["63.71", "Asia/Makassar"],
    ["35.78", "Asia/Jakarta"],
    ["13", "Asia/Jakarta"],
    ["19", "Asia/Jakarta"],
    ["51.71", "Asia/Makassar"],
    ["64", "Asia/Makassar"],
    ["81", "Asia/Jayapura"],
    ["96.01", "Asia/Jayapura"],
    ["9371", "Asia/Jayapura"],
    ["20", undefined],
    ["99", undefined],
    ["x1", undefined],
    ["", undefined],
  ])("%s → %s", (code, tz) => {
    expect(zoneForRegion(code)).toBe(tz);
  });

  it("knows all 38 provinces with unique codes", () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(38);
    expect(provinceOfRegion("62.71")?.name).toBe("Kalimantan Tengah");
  });
});
