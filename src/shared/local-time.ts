// Times in documents and exports as the office reads them: in the zone of the row's region
// (Palangka Raya WIB, Banjarmasin WITA, Jayapura WIT), never in UTC. The one helper for every sheet,
// PDF and file name.

import { localDateKey, toLocal } from "./dates";
import { type IndonesianTimeZone, ZONES, zoneForRegion } from "./region-zones";

/** The zone of a region code; Western Indonesia Time when the province is unknown or national. */
export function regionZone(regionCode: string | null | undefined): IndonesianTimeZone {
  return (regionCode ? zoneForRegion(regionCode) : undefined) ?? "Asia/Jakarta";
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "07/04/2020 10.00 WIB": a date and time for a document or a sheet cell. */
export function localStamp(instant: Date, regionCode: string | null | undefined): string {
  const tz = regionZone(regionCode);
  const t = toLocal(instant, tz);
  return `${pad2(t.day)}/${pad2(t.month)}/${t.year} ${pad2(t.hour)}.${pad2(t.minute)} ${ZONES[tz].abbreviation}`;
}

/** "2020-04-07": the local calendar date (file names, default dates of documents). */
export function localDate(instant: Date, regionCode: string | null | undefined): string {
  return localDateKey(instant, regionZone(regionCode));
}

/**
 * A Date whose UTC fields are the local wall-clock time: spreadsheet cells have no zone, so a
 * spreadsheet shows exactly the office's time (the column header names the zone).
 */
export function wallClock(instant: Date, regionCode: string | null | undefined): Date {
  return new Date(instant.getTime() + ZONES[regionZone(regionCode)].offsetMinutes * 60_000);
}
