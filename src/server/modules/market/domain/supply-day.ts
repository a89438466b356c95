// Calendar of a PLUT: its local "today", supply days and the pre-order cut-off, in the PLUT's own zone
// (Palangka Raya is WIB, Banjarmasin WITA), whatever the server's clock zone.

import { fromLocal, localDateKey } from "../../../../shared/dates";
import { regionZone } from "../../../../shared/local-time";
import type { IndonesianTimeZone } from "../../../../shared/region-zones";

/** The PLUT's zone: the shared region rule (WIB where the province is unknown). */
export function plutZone(regionCode: string): IndonesianTimeZone {
  return regionZone(regionCode);
}

export function plutToday(regionCode: string, now: Date): string {
  return localDateKey(now, plutZone(regionCode));
}

/** "2020-04-07" + 1 → "2020-04-08". */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The instant pre-orders for `supplyDate` close: `cutoffTime` ("17:00") local on the day before. */
export function cutoffInstant(options: { regionCode: string; supplyDate: string; cutoffTime: string }): Date {
  const m = /^(\d{1,2}):(\d{2})$/.exec(options.cutoffTime);
  const hour = Math.min(Number(m?.[1] ?? 17), 23);
  const minute = Math.min(Number(m?.[2] ?? 0), 59);
  return fromLocal({ date: addDays(options.supplyDate, -1), hour, minute, tz: plutZone(options.regionCode) });
}

/** Why a pre-order day takes no more orders: allocated (after or before its cut-off) or nothing to share. */
export type PreorderDayClosure = "allocated" | "closed_early" | "no_supply";

/**
 * The one rule of an orderable pre-order day: its allocation is not confirmed and it has supply to
 * share (a day with none would only queue buyers who can get nothing).
 */
export function preorderDayClosure(day: {
  confirmedAt: Date | null;
  cutoffAt: Date;
  supply: number;
}): PreorderDayClosure | null {
  if (day.confirmedAt)
    return day.confirmedAt.getTime() < day.cutoffAt.getTime() ? "closed_early" : "allocated";
  return day.supply > 0 ? null : "no_supply";
}
