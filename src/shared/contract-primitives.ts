// The zod shapes every API contract uses at its edge for region codes, dates, Rupiah and text, so a
// value is accepted or refused the same way in every module (and in the web, which imports types).
import { z } from "zod";
import { isIsoDate } from "./calendar";
import { REGION_CODE_PATTERN } from "./region-code";
import { hasControlCharacter } from "./text";

/** A dotted Kemendagri code of any level: "62", "62.71", "62.71.01", "62.71.01.1001". */
export const RegionCode = z
  .string()
  .trim()
  .regex(REGION_CODE_PATTERN, "kode wilayah tidak valid (mis. 62.71)");

/** A real calendar day as "YYYY-MM-DD" (2020-02-31 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal harus berformat YYYY-MM-DD")
  .refine(isIsoDate, "tanggal tidak ada di kalender");

/** A non-negative whole number of Rupiah. */
export const Rupiah = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Trimmed user text without NUL or other control characters, at most `max` characters. */
export const Text = (max?: number) => {
  const trimmed = z.string().trim();
  return (max === undefined ? trimmed : trimmed.max(max)).refine(
    (s) => !hasControlCharacter(s),
    "karakter kendali tidak diizinkan",
  );
};

/** Path parameters of a route on one row: `/…/:id` with a UUID. */
export const IdParams = z.object({ id: z.uuid() });
