// Dates of the store in the PLUT's zone: Indonesian style ("Selasa, 7 April 2020 pukul 17.00 WIB")
// for Bahasa Indonesia, the same facts in English otherwise.
import { formatDateId, formatDateTimeId } from "../../../shared/dates";
import { type IndonesianTimeZone, ZONES, zoneForRegion } from "../../../shared/region-zones";

export function zoneOf(regionCode: string | null | undefined): IndonesianTimeZone {
  return (regionCode ? zoneForRegion(regionCode) : undefined) ?? "Asia/Jakarta";
}

/** A supply day "2020-04-08" as a calendar date. */
export function formatDay(date: string, language: string): string {
  const noon = new Date(`${date}T05:00:00Z`);
  if (language === "id") return formatDateId(noon, "Asia/Jakarta");
  return noon.toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Asia/Jakarta",
  });
}

export function formatInstant(iso: string, tz: IndonesianTimeZone, language: string): string {
  const instant = new Date(iso);
  if (language === "id") return formatDateTimeId(instant, tz);
  const text = instant.toLocaleString("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: tz });
  return `${text} ${ZONES[tz].abbreviation}`;
}
