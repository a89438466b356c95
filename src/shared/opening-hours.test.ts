import { describe, expect, it } from "vitest";
import { formatOpeningHours, OpeningDays } from "./opening-hours";

const week = [
  ...[1, 2, 3, 4, 5].map((day) => ({ day, opens: "08:00", closes: "16:00" })),
  { day: 6, opens: "08:00", closes: "12:00" },
];

describe("opening hours", () => {
  it("writes runs of days with the same hours in the reader's language", () => {
    expect(formatOpeningHours(week, "id")).toBe("Senin–Jumat 08.00–16.00, Sabtu 08.00–12.00");
    expect(formatOpeningHours(week, "en")).toBe("Monday–Friday 08:00–16:00, Saturday 08:00–12:00");
    expect(formatOpeningHours([{ day: 7, opens: "09:00", closes: "11:00" }], "en")).toBe(
      "Sunday 09:00–11:00",
    );
    expect(formatOpeningHours([], "id")).toBe("");
  });

  it("refuses a day twice, a bad clock and closing before opening", () => {
    expect(OpeningDays.safeParse(week).success).toBe(true);
    expect(OpeningDays.safeParse([...week, week[0]]).success).toBe(false);
    expect(OpeningDays.safeParse([{ day: 1, opens: "8:00", closes: "16:00" }]).success).toBe(false);
    expect(OpeningDays.safeParse([{ day: 1, opens: "16:00", closes: "08:00" }]).success).toBe(false);
  });
});
