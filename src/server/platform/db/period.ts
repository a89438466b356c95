// A report period: dates YYYY-MM-DD, both ends inclusive, either end open (no period: all time).
import { type SQL, sql } from "drizzle-orm";

export type Period = { from?: string | undefined; to?: string | undefined };

/** `column` (a date expression) within the period; `true` when the period is open on both ends. */
export function inPeriod(column: SQL, period: Period | undefined): SQL {
  const parts: SQL[] = [];
  if (period?.from) parts.push(sql`${column} >= ${period.from}::date`);
  if (period?.to) parts.push(sql`${column} <= ${period.to}::date`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** The local (WIB) calendar day of a timestamp column, the day reports count it on. */
export const localDay = (column: SQL): SQL => sql`(${column} at time zone 'Asia/Jakarta')::date`;
