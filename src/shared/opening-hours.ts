// A PLUT's opening hours as data (weekday, opening and closing time), written out in the reader's
// language: "Senin–Jumat 08.00–16.00, Sabtu 08.00–12.00" or "Monday–Friday 08:00–16:00, …". Day
// names are never stored as text, so the English store shows English days.
import { z } from "zod";
import { DAY_NAMES } from "./dates";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Jam ditulis JJ:MM (mis. 08:00)");

export const OpeningDay = z
  .object({ day: z.number().int().min(1).max(7), opens: Clock, closes: Clock })
  .refine((d) => d.opens < d.closes, { message: "Jam tutup harus sesudah jam buka", path: ["closes"] });
export type OpeningDay = z.infer<typeof OpeningDay>;

export const OpeningDays = z
  .array(OpeningDay)
  .max(7)
  .refine((days) => new Set(days.map((d) => d.day)).size === days.length, { message: "Hari ganda" });

/** The weekday's name: the project's own Indonesian names, the browser's or server's Intl otherwise. */
export function weekdayName(day: number, language: string): string {
  if (language === "id") return DAY_NAMES[day % 7] ?? "";
  // 2024-01-01 was a Monday: day 1 → 1 January, day 7 → 7 January.
  const date = new Date(Date.UTC(2024, 0, day, 12));
  return new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(date);
}

function clock(time: string, language: string): string {
  return language === "id" ? time.replace(":", ".") : time;
}

/** Consecutive days with the same hours as one range; "" when no day is set. */
export function formatOpeningHours(days: readonly OpeningDay[], language: string): string {
  const sorted = [...days].sort((a, b) => a.day - b.day);
  const groups: Array<{ first: number; last: number; opens: string; closes: string }> = [];
  for (const d of sorted) {
    const prev = groups.at(-1);
    if (prev && prev.last === d.day - 1 && prev.opens === d.opens && prev.closes === d.closes)
      prev.last = d.day;
    else groups.push({ first: d.day, last: d.day, opens: d.opens, closes: d.closes });
  }
  return groups
    .map((g) => {
      const names =
        g.first === g.last
          ? weekdayName(g.first, language)
          : `${weekdayName(g.first, language)}–${weekdayName(g.last, language)}`;
      return `${names} ${clock(g.opens, language)}–${clock(g.closes, language)}`;
    })
    .join(", ");
}

/**
 * The hours as a buyer reads them: the days written out, or, while a PLUT has not entered its days
 * yet, the free text it kept before hours were stored per day ("" when neither).
 */
export function openingHoursFor(
  plut: { openingDays: readonly OpeningDay[]; openingHoursText: string },
  language: string,
): string {
  return plut.openingDays.length ? formatOpeningHours(plut.openingDays, language) : plut.openingHoursText;
}
