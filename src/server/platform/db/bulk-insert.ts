// Set-based writes of many rows: one `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)` (or
// `UPDATE … FROM unnest(…)`) per call, one array parameter per column, instead of a VALUES list
// with a parameter per cell. The statement stays the same size whatever the number of rows, so
// neither the driver nor PostgreSQL spends time building and planning tens of thousands of
// parameters, and there is no 65,535-parameter ceiling.
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./pool";

type ColumnArray = { name: string; type: string; isArray: boolean; literal: string };

const NEEDS_ESCAPE = /[\\"]/;

/**
 * A one-dimensional PostgreSQL array literal of the values, each quoted (the array input accepts a
 * quoted element for every type). Built here in one pass rather than by the driver, which escapes
 * every element with two regular expressions: at 100,000 rows a column that was most of the cost.
 */
function arrayLiteral(values: readonly (string | null)[]): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ",";
    if (v === null || v === undefined) out += "NULL";
    else out += `"${NEEDS_ESCAPE.test(v) ? v.replace(/[\\"]/g, "\\$&") : v}"`;
  }
  return `${out}}`;
}

function qualifiedName(table: PgTable): SQL {
  const { schema, name } = getTableConfig(table);
  return schema ? sql`${sql.identifier(schema)}.${sql.identifier(name)}` : sql`${sql.identifier(name)}`;
}

/** One array per key, each value through the column's own driver mapping (dates, json, arrays). */
function columnArrays(table: PgTable, keys: readonly string[], rows: readonly object[]): ColumnArray[] {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`no column ${k} in ${getTableConfig(table).name}`);
    const type = column.getSQLType();
    // The same value in every row (a timestamp, the batch id) is mapped once.
    let lastIn: unknown;
    let lastOut: string | null = null;
    const values = rows.map((r) => {
      const v = (r as Record<string, unknown>)[k];
      if (v === null || v === undefined) return null;
      if (v !== lastIn) {
        lastIn = v;
        lastOut = String(column.mapToDriverValue(v));
      }
      return lastOut;
    });
    return { name: column.name, type, isArray: type.endsWith("[]"), literal: arrayLiteral(values) };
  });
}

// An array column travels as its literal text and is cast back (unnest would flatten a 2-D array).
const unnestOf = (arrays: readonly ColumnArray[]) =>
  sql`unnest(${sql.join(
    arrays.map((a) => sql`${a.literal}::${sql.raw(a.isArray ? "text" : a.type)}[]`),
    sql`, `,
  )}) as u(${sql.raw(arrays.map((_, i) => `c${i}`).join(", "))})`;

const cell = (a: ColumnArray, i: number) => sql.raw(a.isArray ? `u.c${i}::${a.type}` : `u.c${i}`);

/** The INSERT … SELECT FROM unnest(…) of `rows` into `table`, or null when there are none. */
function insertStatement(table: PgTable, rows: readonly object[]): SQL | null {
  const first = rows[0];
  if (!first) return null;
  const arrays = columnArrays(table, Object.keys(first), rows);
  const names = sql.join(
    arrays.map((a) => sql.identifier(a.name)),
    sql`, `,
  );
  const cells = sql.join(
    arrays.map((a, i) => cell(a, i)),
    sql`, `,
  );
  return sql`insert into ${qualifiedName(table)} (${names}) select ${cells} from ${unnestOf(arrays)}`;
}

/**
 * Inserts `rows` (the shape `t.insert(table).values(rows)` takes, every row with the same keys)
 * in one statement. Keys left out take the column's database default; undefined is stored as null.
 */
export async function insertRows<T extends PgTable>(
  t: Tx,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> {
  const q = insertStatement(table, rows);
  if (q) await t.execute(q);
}

export type TableRows<T extends PgTable = PgTable> = { table: T; rows: readonly T["$inferInsert"][] };

/**
 * One statement inserting into several tables (data-modifying WITH parts), or null when there is
 * nothing to insert. Built ahead, so the caller can prepare the next one while this one runs.
 * Foreign keys between the parts hold: PostgreSQL checks them once the whole statement is done.
 */
export function insertAllStatement(parts: readonly TableRows[]): SQL | null {
  const statements = parts.flatMap((p) => insertStatement(p.table, p.rows) ?? []);
  if (statements.length === 0) return null;
  const ctes = sql.join(
    statements.map((q, i) => sql`${sql.raw(`w${i}`)} as (${q})`),
    sql`, `,
  );
  return sql`with ${ctes} select 1`;
}

/**
 * Updates rows by primary key `id` in one statement. Each row carries `id` and the values to set;
 * a null or missing value keeps the stored one, so this suits patches that fill or replace values,
 * never ones that clear them. Several patches of one id merge, the later value winning.
 */
export async function patchRows<T extends PgTable>(
  t: Tx,
  table: T,
  rows: readonly Partial<T["$inferInsert"]>[],
): Promise<void> {
  const merged = new Map<string, Record<string, unknown>>();
  for (const r of rows as readonly Record<string, unknown>[]) {
    const id = String(r.id);
    const into = merged.get(id) ?? { id };
    for (const [k, v] of Object.entries(r)) if (v !== null && v !== undefined) into[k] = v;
    merged.set(id, into);
  }
  if (merged.size === 0) return;
  const patches = [...merged.values()];
  const keys = ["id", ...new Set(patches.flatMap((p) => Object.keys(p)).filter((k) => k !== "id"))];
  if (keys.length === 1) return;
  const arrays = columnArrays(table, keys, patches);
  const sets = sql.join(
    arrays.slice(1).map((a, j) => {
      const column = sql.identifier(a.name);
      return sql`${column} = coalesce(${cell(a, j + 1)}, x.${column})`;
    }),
    sql`, `,
  );
  await t.execute(
    sql`update ${qualifiedName(table)} as x set ${sets} from ${unnestOf(arrays)} where x.id = u.c0`,
  );
}
