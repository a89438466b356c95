// Dates and times of the register shown in the zone of the user's region (WIB/WITA/WIT), in the
// UI language; today's date as the region's calendar sees it.

import { isIsoDate } from "../../../../shared/calendar";
import { formatShortDateId, formatTimeId, localDateKey } from "../../../../shared/dates";
import { type IndonesianTimeZone, ZONES, zoneForRegion } from "../../../../shared/region-zones";

export function zoneOf(scope: string): IndonesianTimeZone {
  return zoneForRegion(scope) ?? "Asia/Jakarta";
}

export function todayIn(scope: string, now: Date = new Date()): string {
  return localDateKey(now, zoneOf(scope));
}

/** "7 Apr 2020" from an ISO instant or a YYYY-MM-DD date. */
export function formatDay(value: string, options: { scope: string; language: string }): string {
  const dateOnly = isIsoDate(value);
  const instant = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return value;
  const tz = dateOnly ? "Asia/Jakarta" : zoneOf(options.scope);
  if (options.language !== "en") return formatShortDateId(instant, tz);
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: tz }).format(instant);
}

/** "7 Apr 2020 pukul 10.00 WIB". */
export function formatMoment(value: string, options: { scope: string; language: string }): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const tz = zoneOf(options.scope);
  if (options.language !== "en") return `${formatShortDateId(instant, tz)} ${formatTimeId(instant, tz)}`;
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tz,
  }).format(instant);
  return `${text} ${ZONES[tz].abbreviation}`;
}

/** A v4 UUID; crypto.randomUUID exists only on https/localhost, getRandomValues everywhere. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
