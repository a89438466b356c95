// Grouped counts for region drill-downs: one query counts a parent region and each of its child
// regions (the parent's code plus one more dotted segment), exactly as the per-region prefix filter
// `column = code or column like 'code.%'` would, so a dashboard needs one query per figure.
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "./pool";

/** A figure for the whole parent region and for every child region that has something to count. */
export type Grouped = { total: number; byChild: Record<string, number> };

/** How many dotted segments a region code has ("*" for the whole country has none). */
export function regionLevel(code: string): number {
  return code === "*" ? 0 : code.split(".").length;
}

/** Rows whose region lies in the prefix: the code itself or any code below it. */
export function underRegion(column: SQL, prefix: string): SQL {
  if (prefix === "*") return sql`true`;
  return sql`(${column} = ${prefix} or ${column} like ${`${prefix}.%`})`;
}

/** The child region a row's code falls in: its first (parent level + 1) segments. Parameter-free. */
export function childRegionKey(column: SQL, parent: string): SQL {
  const segments = sql.raw(String(regionLevel(parent) + 1));
  return sql`array_to_string((string_to_array(${column}, '.'))[1:${segments}], '.')`;
}

/** The number a one-row, one-column (`n`) query returns; 0 when it returns no row. */
export async function scalar(t: Tx, query: SQL): Promise<number> {
  return Number((await t.execute<{ n: number | string | null }>(query)).rows[0]?.n ?? 0);
}

/**
 * Runs `select <value> … group by grouping sets ((key), ())`: `key` must be parameter-free (the
 * same expression appears in select and group by) and `rest` is the query's from/where part.
 */
export async function groupedCount(t: Tx, key: SQL, value: SQL, rest: SQL): Promise<Grouped> {
  const rows = await t.execute<{ g: number; k: string | null; n: string | number | null }>(
    sql`select grouping(${key})::int as g, ${key} as k, ${value} as n ${rest} group by grouping sets ((${key}), ())`,
  );
  const out: Grouped = { total: 0, byChild: {} };
  for (const r of rows.rows) {
    if (Number(r.g) === 1) out.total = Number(r.n ?? 0);
    else if (r.k !== null) out.byChild[r.k] = Number(r.n ?? 0);
  }
  return out;
}
