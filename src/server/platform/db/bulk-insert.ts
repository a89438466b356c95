// Set-based writes of many rows: one `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)` (or
// `UPDATE … FROM unnest(…)`) per call, one array parameter per column, instead of a VALUES list
// with a parameter per cell. The statement stays the same size whatever the number of rows, so
// neither the driver nor PostgreSQL spends time building and planning tens of thousands of
// parameters, and there is no 65,535-parameter ceiling.
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./pool";

type ColumnArray = { name: string; type: string; isArray: boolean; values: unknown[] };

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
    const values = rows.map((r) => {
      const v = (r as Record<string, unknown>)[k];
      return v === null || v === undefined ? null : column.mapToDriverValue(v);
    });
    return { name: column.name, type, isArray: type.endsWith("[]"), values };
  });
}

// An array column travels as its literal text and is cast back (unnest would flatten a 2-D array).
const unnestOf = (arrays: readonly ColumnArray[]) =>
  sql`unnest(${sql.join(
    arrays.map((a) => sql`${sql.param(a.values)}::${sql.raw(a.isArray ? "text" : a.type)}[]`),
    sql`, `,
  )}) as u(${sql.raw(arrays.map((_, i) => `c${i}`).join(", "))})`;

const cell = (a: ColumnArray, i: number) => sql.raw(a.isArray ? `u.c${i}::${a.type}` : `u.c${i}`);

/**
 * Inserts `rows` (the shape `t.insert(table).values(rows)` takes, every row with the same keys)
 * in one statement. Keys left out take the column's database default; undefined is stored as null.
 */
export async function insertRows<T extends PgTable>(
  t: Tx,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const arrays = columnArrays(table, Object.keys(first), rows);
  const names = sql.join(
    arrays.map((a) => sql.identifier(a.name)),
    sql`, `,
  );
  const cells = sql.join(
    arrays.map((a, i) => cell(a, i)),
    sql`, `,
  );
  await t.execute(
    sql`insert into ${qualifiedName(table)} (${names}) select ${cells} from ${unnestOf(arrays)}`,
  );
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
