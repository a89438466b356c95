// The register list as SQL: filters, typo-tolerant search (pg_trgm word similarity on normalised
// names, exact/prefix NIK and phone), keyset or offset pages, and a cheap total (exact when small,
// the planner's estimate when large). Runs inside the caller's scoped transaction.
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import type { SearchQuery } from "./domain/search-query";

export type ListSort = "-created" | "created" | "name" | "-name" | "-updated" | "relevance";
export type Cursor = { readonly k: string | null; readonly id: string };

export type ListFilter = {
  /** Region code prefix, or "*" for no region condition. */
  prefix: string;
  search: SearchQuery;
  sector?: string | undefined;
  size?: string | undefined;
  affected?: boolean | undefined;
  source?: string | undefined;
  status?: string | undefined;
  hasOpenConstraints?: boolean | undefined;
};

export type ListRow = {
  id: string;
  name: string;
  sector: string;
  size_class: string | null;
  status: string;
  region_code: string;
  region_name: string | null;
  owner_id: string;
  owner_name: string;
  nik: string;
  no_kk: string | null;
  phone: string | null;
  affected: boolean | null;
  open_constraints: number;
  daily_capacity: number | null;
  source_kind: string;
  created_at: Date;
  updated_at: Date;
  name_norm: string;
  updated_key: string;
};

/** Word similarity needed for a name hit; lower than pg_trgm's 0.6 so one typo still matches. */
export const NAME_THRESHOLD = 0.5;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.k, c.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string): Cursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== 2) return null;
    const [k, id] = v as [unknown, unknown];
    if ((k !== null && typeof k !== "string") || typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id))
      return null;
    return { k, id };
  } catch {
    return null;
  }
}

function searchCondition(s: SearchQuery): SQL | null {
  switch (s.kind) {
    case "none":
      return null;
    case "nik":
      return sql`b.owner_id in (select id from registry.persons where nik = ${s.nik})`;
    case "nik_prefix":
      return sql`b.owner_id in (select id from registry.persons where nik like ${`${s.prefix}%`})`;
    case "phone":
      return sql`b.owner_id in (select id from registry.persons where phone = ${s.e164})`;
    case "name":
      return sql`b.id in (
        select id from registry.businesses where ${s.key} <% name_norm
        union
        select b2.id from registry.persons p2 join registry.businesses b2 on b2.owner_id = p2.id
        where ${s.key} <% p2.name_norm)`;
  }
}

export function whereOf(f: ListFilter): SQL {
  const parts: SQL[] = [];
  if (f.prefix !== "*") parts.push(sql`b.region_code like ${`${f.prefix}%`}`);
  if (f.sector) parts.push(sql`b.sector = ${f.sector}`);
  if (f.size) parts.push(sql`b.size_class = ${f.size}`);
  if (f.affected !== undefined) parts.push(sql`b.affected = ${f.affected}`);
  if (f.source) parts.push(sql`b.source_kind = ${f.source}`);
  if (f.status) parts.push(sql`b.status = ${f.status}`);
  if (f.hasOpenConstraints === true) parts.push(sql`b.open_constraints > 0`);
  if (f.hasOpenConstraints === false) parts.push(sql`b.open_constraints = 0`);
  const search = searchCondition(f.search);
  if (search) parts.push(search);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function keyset(sort: ListSort, c: Cursor | null): SQL | null {
  if (!c) return null;
  switch (sort) {
    case "-created":
    case "relevance":
      return sql`b.id < ${c.id}`;
    case "created":
      return sql`b.id > ${c.id}`;
    case "name":
      return sql`(b.name_norm, b.id) > (${c.k ?? ""}, ${c.id})`;
    case "-name":
      return sql`(b.name_norm, b.id) < (${c.k ?? ""}, ${c.id})`;
    case "-updated":
      return sql`(b.updated_at, b.id) < (${c.k ?? "infinity"}::timestamptz, ${c.id})`;
  }
}

function orderOf(sort: ListSort, search: SearchQuery): SQL {
  switch (sort) {
    case "relevance":
      return search.kind === "name"
        ? sql`greatest(word_similarity(${search.key}, b.name_norm), word_similarity(${search.key}, p.name_norm)) desc, b.id desc`
        : sql`b.id desc`;
    case "-created":
      return sql`b.id desc`;
    case "created":
      return sql`b.id asc`;
    case "name":
      return sql`b.name_norm asc, b.id asc`;
    case "-name":
      return sql`b.name_norm desc, b.id desc`;
    case "-updated":
      return sql`b.updated_at desc, b.id desc`;
  }
}

export async function applyNameThreshold(t: Tx, f: ListFilter): Promise<void> {
  if (f.search.kind === "name") {
    await t.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(NAME_THRESHOLD)}, true)`,
    );
  }
}

type Page = { sort: ListSort; limit: number; offset: number; cursor: Cursor | null };

/** The list query itself (exported so the benchmark can EXPLAIN exactly what the verb runs). */
export function listSql(f: ListFilter, page: Page): SQL {
  const after = keyset(page.sort, page.cursor);
  const where = after ? sql`${whereOf(f)} and ${after}` : whereOf(f);
  return sql`
    select b.id, b.name, b.sector, b.size_class, b.status, b.region_code, r.name as region_name,
      b.owner_id, p.name as owner_name, p.nik, p.no_kk, p.phone, b.affected, b.open_constraints,
      b.daily_capacity, b.source_kind, b.created_at, b.updated_at, b.name_norm, b.updated_at::text as updated_key
    from registry.businesses b
    join registry.persons p on p.id = b.owner_id
    left join regions.regions r on r.code = b.region_code
    where ${where}
    order by ${orderOf(page.sort, f.search)}
    limit ${page.limit} offset ${page.cursor ? 0 : page.offset}`;
}

export async function selectListRows(t: Tx, f: ListFilter, page: Page): Promise<ListRow[]> {
  await applyNameThreshold(t, f);
  return (await t.execute<ListRow>(listSql(f, page))).rows;
}

/** Counts exactly up to `cap` rows; beyond that, or when the planner expects more, estimates. */
export async function countList(
  t: Tx,
  f: ListFilter,
  cap = 20_000,
): Promise<{ total: number; isEstimate: boolean }> {
  await applyNameThreshold(t, f);
  const where = whereOf(f);
  const plan = await t.execute<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>(
    sql`explain (format json) select 1 from registry.businesses b where ${where}`,
  );
  const estimate = Math.round(plan.rows[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
  if (estimate > cap) return { total: estimate, isEstimate: true };
  const counted = await t.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from registry.businesses b where ${where} limit ${cap + 1}) s`,
  );
  const n = Number(counted.rows[0]?.n ?? 0);
  return n > cap ? { total: Math.max(estimate, n), isEstimate: true } : { total: n, isEstimate: false };
}
