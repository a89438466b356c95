// The register list as SQL: filters, typo-tolerant search (pg_trgm word similarity on normalised
// names, exact/prefix NIK and phone), keyset or offset pages, and a cheap total (exact below a million
// matches, the planner's estimate from there on). Runs inside the caller's scoped transaction.
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { SearchQuery } from "../domain/search-query";
import {
  applyNameThreshold,
  findNameHits,
  HIT_CAP,
  mergeHits,
  NAME_STAGES,
  NAME_THRESHOLD,
  type NameHits,
  nameHitsFrom,
  startsWith,
} from "./repository-search";

export { applyNameThreshold, startsWith };

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
  /** Name search: candidate businesses already found (see findNameHits); else found in the query. */
  hits?: NameHits | undefined;
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
  /** Name searches only: every match under the filters (the hit set is computed whole anyway). */
  full_count?: number;
};

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
    case "name":
      return null;
    case "nik":
      return sql`b.owner_id in (select id from registry.persons where nik = ${s.nik})`;
    case "nik_prefix":
      return sql`b.owner_id in (select id from registry.persons where ${startsWith(sql`nik`, s.prefix)})`;
    case "phone":
      return sql`b.owner_id in (select id from registry.persons where phone = ${s.e164})`;
  }
}

/**
 * Name search goes through registry.name_hits (SECURITY DEFINER, scope applied inside): pg_trgm's
 * <% is not leakproof, so under row-level security it could not use the trigram indexes.
 */
export function fromOf(f: ListFilter): SQL {
  if (f.search.kind !== "name") return sql`registry.businesses b`;
  return sql`${nameHitsFrom(f.search.key, f.prefix, f.hits)} join registry.businesses b on b.id = h.business_id`;
}

/** Province, regency and district filters use the generated equality keys, so (key, id) indexes give pages in order. */
function regionCondition(prefix: string): SQL {
  if (prefix.length === 2) return sql`b.province_code = ${prefix}`;
  if (prefix.length === 5) return sql`b.regency_code = ${prefix}`;
  if (prefix.length === 8) return sql`b.district_code = ${prefix}`;
  return startsWith(sql`b.region_code`, prefix);
}

export function whereOf(f: ListFilter): SQL {
  const parts: SQL[] = [];
  if (f.prefix !== "*") parts.push(regionCondition(f.prefix));
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

/** Keyset conditions spelled with leakproof scalar comparisons (row comparisons are not). */
function keyset(sort: ListSort, c: Cursor | null): SQL | null {
  if (!c) return null;
  switch (sort) {
    case "-created":
    case "relevance":
      return sql`b.id < ${c.id}`;
    case "created":
      return sql`b.id > ${c.id}`;
    case "name":
      return sql`b.name_norm >= ${c.k ?? ""} and (b.name_norm > ${c.k ?? ""} or b.id > ${c.id})`;
    case "-name":
      return sql`b.name_norm <= ${c.k ?? ""} and (b.name_norm < ${c.k ?? ""} or b.id < ${c.id})`;
    case "-updated": {
      const at = sql`${c.k ?? "infinity"}::timestamptz`;
      return sql`b.updated_at <= ${at} and (b.updated_at < ${at} or b.id < ${c.id})`;
    }
  }
}

function orderOf(sort: ListSort, search: SearchQuery, score: SQL): SQL {
  switch (sort) {
    case "relevance":
      return search.kind === "name" ? sql`${score} desc, b.id desc` : sql`b.id desc`;
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

type Page = { sort: ListSort; limit: number; offset: number; cursor: Cursor | null };

/** The list query itself (exported so the benchmark can EXPLAIN exactly what the verb runs). */
/**
 * The page is chosen on businesses alone, then joined to owners and region names: owners are read
 * for the 50 rows shown, not for every row the filters match.
 */
export function listSql(f: ListFilter, page: Page): SQL {
  const after = keyset(page.sort, page.cursor);
  const where = after ? sql`${whereOf(f)} and ${after}` : whereOf(f);
  const named = f.search.kind === "name";
  const extra = named ? sql`, h.score, count(*) over ()::int as full_count` : sql``;
  return sql`
    select b.id, b.name, b.sector, b.size_class, b.status, b.region_code, r.name as region_name,
      b.owner_id, p.name as owner_name, p.nik, p.no_kk, p.phone, b.affected, b.open_constraints,
      b.daily_capacity, b.source_kind, b.created_at, b.updated_at, b.name_norm,
      b.updated_at::text as updated_key${named ? sql`, b.full_count` : sql``}
    from (
      select b.*${extra} from ${fromOf(f)}
      where ${where}
      order by ${orderOf(page.sort, f.search, sql`h.score`)}
      limit ${page.limit} offset ${page.cursor ? 0 : page.offset}
    ) b
    join registry.persons p on p.id = b.owner_id
    left join regions.regions r on r.code = b.region_code
    order by ${orderOf(page.sort, f.search, sql`b.score`)}`;
}

export async function selectListRows(t: Tx, f: ListFilter, page: Page): Promise<ListRow[]> {
  await applyNameThreshold(t, f);
  return (await t.execute<ListRow>(listSql(f, page))).rows;
}

/**
 * A page for the list screen; `exhaustive` is false when the total only covers part of the matches
 * (a strict name pass filled the page, or the hits were capped).
 */
export async function selectListPage(
  t: Tx,
  f: ListFilter,
  page: Page,
): Promise<{ rows: ListRow[]; exhaustive: boolean }> {
  if (f.search.kind !== "name" || page.sort !== "relevance")
    return { rows: await selectListRows(t, f, page), exhaustive: true };
  const run = async (hits: NameHits) => (await t.execute<ListRow>(listSql({ ...f, hits }, page))).rows;
  const q = { key: f.search.key, prefix: f.prefix };
  let found: NameHits = { ids: [], scores: [], capped: false };
  for (const threshold of NAME_STAGES) {
    // Earlier, stricter hits are kept, so a capped looser pass never pushes out the best matches.
    found = mergeHits(found, await findNameHits(t, q, threshold, HIT_CAP));
    let rows = await run(found);
    if (rows.length < page.limit && found.capped) {
      found = mergeHits(found, await findNameHits(t, q, threshold, null), false);
      rows = await run(found);
    }
    const last = threshold === NAME_THRESHOLD;
    if (rows.length >= page.limit || last) return { rows, exhaustive: last && !found.capped };
  }
  return { rows: [], exhaustive: true };
}

/** From this many matches on, the total may be the planner's estimate (and is flagged as one). */
export const EXACT_TOTAL_LIMIT = 1_000_000;

/**
 * `known`: rows already seen (offset + page) when a strict name pass stopped early; then only the
 * planner's estimate is used, since counting every weak match is what the stages avoid.
 * Otherwise the total is exact below EXACT_TOTAL_LIMIT: the count stops one row past the limit, so
 * a province of millions costs at most that many index entries, and the head of office never reads
 * a guess for an ordinary regency or filter.
 */
export async function countList(
  t: Tx,
  f: ListFilter,
  opts: { known?: number; limit?: number } = {},
): Promise<{ total: number; isEstimate: boolean }> {
  await applyNameThreshold(t, f);
  const limit = opts.limit ?? EXACT_TOTAL_LIMIT;
  const where = whereOf(f);
  const estimate = async () => {
    const plan = await t.execute<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }>(
      sql`explain (format json) select 1 from ${fromOf(f)} where ${where}`,
    );
    return Math.round(plan.rows[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
  };
  if (opts.known !== undefined) return { total: Math.max(await estimate(), opts.known), isEstimate: true };
  const counted = await t.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from ${fromOf(f)} where ${where} limit ${limit}) s`,
  );
  const n = Number(counted.rows[0]?.n ?? 0);
  return n >= limit
    ? { total: Math.max(await estimate(), n), isEstimate: true }
    : { total: n, isEstimate: false };
}
