// A report period: dates YYYY-MM-DD, both ends inclusive, either end open (no period: all time).
import { type SQL, sql } from "drizzle-orm";
import { PROVINCES } from "../../../shared/region-zones";

export type Period = { from?: string | undefined; to?: string | undefined };

/** `column` (a date expression) within the period; `true` when the period is open on both ends. */
export function inPeriod(column: SQL, period: Period | undefined): SQL {
  const parts: SQL[] = [];
  if (period?.from) parts.push(sql`${column} >= ${period.from}::date`);
  if (period?.to) parts.push(sql`${column} <= ${period.to}::date`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

// The province table's zones as SQL literals (constants of the code, never user input).
const ZONE_CASES = PROVINCES.filter((p) => p.tz !== "Asia/Jakarta")
  .map((p) => `when '${p.code}' then '${p.tz}'`)
  .join(" ");

/** The time zone of a row's region code (its province's; WIB when the province is unknown), as SQL. */
export const zoneOfRegion = (regionCode: SQL): SQL =>
  sql`(case left(${regionCode}, 2) ${sql.raw(ZONE_CASES)} else 'Asia/Jakarta' end)`;

/**
 * The calendar day a timestamp counts on in reports: the local day where the row belongs (a payment
 * at 00.30 WIT on 1 January in Papua counts on 1 January, in the national figures too), so a
 * region's figures and the sum over regions agree.
 */
export const localDay = (column: SQL, regionCode: SQL): SQL =>
  sql`(${column} at time zone ${zoneOfRegion(regionCode)})::date`;
