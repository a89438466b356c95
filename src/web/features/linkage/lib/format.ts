// Dates shown in the zone of the user's region; percentages; field and level labels.
import { formatDateTimeId, formatShortDateId } from "../../../../shared/dates";
import { type IndonesianTimeZone, ZONES, zoneForRegion } from "../../../../shared/region-zones";

const zoneOf = (scope: string): IndonesianTimeZone => zoneForRegion(scope) ?? "Asia/Jakarta";

/** "Selasa, 7 April 2020 pukul 10.00 WIB" (or English). */
export function formatMoment(value: string, o: { scope: string; language: string }): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const tz = zoneOf(o.scope);
  if (o.language !== "en") return formatDateTimeId(instant, tz);
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: tz,
  }).format(instant);
  return `${text} ${ZONES[tz].abbreviation}`;
}

/** "12 Mei 1980" from YYYY-MM-DD. */
export function formatDay(value: string | null, language: string): string {
  if (!value) return "—";
  const instant = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return value;
  if (language !== "en") return formatShortDateId(instant, "Asia/Jakarta");
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Asia/Jakarta" }).format(instant);
}

export function percent(p: number, language: string): string {
  return new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(p);
}

export function signed(w: number, language: string): string {
  const text = new Intl.NumberFormat(language === "en" ? "en-GB" : "id-ID", {
    maximumFractionDigits: 1,
    signDisplay: "always",
  }).format(w);
  return text;
}
