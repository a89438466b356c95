// Dates and times as Indonesians write them, in the zone of the region: "Selasa, 7 April 2020",
// "pukul 10.00 WIB". Indonesia has no daylight saving and its zones have been fixed since 1988
// (Kalimantan Barat/Tengah moved to WIB then), so fixed offsets are exact and engine-independent
// — unlike Intl, whose Indonesian output differs between browsers.

import { fromIsoDate } from "./calendar";
import { type IndonesianTimeZone, ZONES } from "./region-zones";

export const DAY_NAMES = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
export const MONTH_NAMES = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;
export const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Mei",
  "Jun",
  "Jul",
  "Agt",
  "Sep",
  "Okt",
  "Nov",
  "Des",
] as const;

export type LocalDateTime = {
  year: number;
  month: number; // 1–12
  day: number;
  weekday: number; // 0 = Minggu
  hour: number;
  minute: number;
};

/** The wall-clock fields of a UTC instant in an Indonesian zone. */
export function toLocal(instant: Date, tz: IndonesianTimeZone): LocalDateTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("invalid date");
  const shifted = new Date(ms + ZONES[tz].offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "Selasa, 7 April 2020" (day not zero-padded). */
export function formatDateId(instant: Date, tz: IndonesianTimeZone): string {
  const t = toLocal(instant, tz);
  return `${DAY_NAMES[t.weekday]}, ${t.day} ${MONTH_NAMES[t.month - 1]} ${t.year}`;
}

/** "7 Apr 2020" for tables. */
export function formatShortDateId(instant: Date, tz: IndonesianTimeZone): string {
  const t = toLocal(instant, tz);
  return `${t.day} ${MONTH_ABBREVIATIONS[t.month - 1]} ${t.year}`;
}

/** "pukul 10.00 WIB" (24-hour clock, dot separator, zone abbreviation). */
export function formatTimeId(instant: Date, tz: IndonesianTimeZone): string {
  const t = toLocal(instant, tz);
  return `pukul ${pad2(t.hour)}.${pad2(t.minute)} ${ZONES[tz].abbreviation}`;
}

/** "Selasa, 7 April 2020 pukul 10.00 WIB". */
export function formatDateTimeId(instant: Date, tz: IndonesianTimeZone): string {
  return `${formatDateId(instant, tz)} ${formatTimeId(instant, tz)}`;
}

/** The local calendar date as "YYYY-MM-DD" (a supply day, a bank statement date). */
export function localDateKey(instant: Date, tz: IndonesianTimeZone): string {
  const t = toLocal(instant, tz);
  return `${String(t.year).padStart(4, "0")}-${pad2(t.month)}-${pad2(t.day)}`;
}

/** The UTC instant of a local wall-clock time ("2020-04-07", 10, 0 in WIB → 03:00Z). */
export function fromLocal(options: {
  date: string;
  hour?: number;
  minute?: number;
  tz: IndonesianTimeZone;
}): Date {
  const day = fromIsoDate(options.date);
  if (!day) throw new RangeError(`not a YYYY-MM-DD calendar date: ${options.date}`);
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const utc = new Date(0).setUTCFullYear(day.year, day.month - 1, day.day);
  const local = utc + ((options.hour ?? 0) * 60 + (options.minute ?? 0)) * 60_000;
  return new Date(local - ZONES[options.tz].offsetMinutes * 60_000);
}
