import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../platform/db/pool";
import { coreWords, LEVELS, type RegionLevel, searchName } from "./domain/normalize";

export type Region = { code: string; name: string; level: RegionLevel };
export type RegionHit = Region & { parentName: string | null; score: number };

type Row = { code: string; name: string; level: number };
const toRegion = (r: Row): Region => ({
  code: r.code,
  name: r.name,
  level: LEVELS[r.level - 1] ?? "village",
});

export async function listChildren(db: Db | Tx, parent: string | null): Promise<Region[]> {
  const rows = await db.execute<Row>(
    parent === null
      ? sql`select code, name, level from regions.regions where parent_code is null order by code`
      : sql`select code, name, level from regions.regions where parent_code = ${parent} order by code`,
  );
  return rows.rows.map(toRegion);
}

export async function findRegion(db: Db | Tx, code: string): Promise<Region | undefined> {
  const rows = await db.execute<Row>(sql`select code, name, level from regions.regions where code = ${code}`);
  return rows.rows[0] ? toRegion(rows.rows[0]) : undefined;
}

export async function findMany(db: Db | Tx, codes: string[]): Promise<Region[]> {
  if (codes.length === 0) return [];
  const rows = await db.execute<Row>(
    sql`select code, name, level from regions.regions where code = any(${sql.param(codes)}::text[]) order by level`,
  );
  return rows.rows.map(toRegion);
}

export async function countChildren(db: Db | Tx, code: string): Promise<number> {
  const r = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from regions.regions where parent_code = ${code}`,
  );
  return r.rows[0]?.n ?? 0;
}

/** Typo-tolerant name search (trigram word similarity), optionally inside a code prefix. */
export async function searchRegions(
  db: Db | Tx,
  opts: { q: string; limit: number; within?: string | undefined; level?: RegionLevel | undefined },
): Promise<RegionHit[]> {
  const q = searchName(opts.q);
  const core = coreWords(opts.q) || q;
  const within = opts.within && opts.within !== "*" ? opts.within : null;
  const level = opts.level ? LEVELS.indexOf(opts.level) + 1 : null;
  const rows = await db.execute<Row & { parent_name: string | null; score: number }>(sql`
    select r.code, r.name, r.level, p.name as parent_name,
      greatest(word_similarity(${core}, r.search_name), similarity(${q}, r.search_name))
        + case when r.search_name = ${q} then 1 else 0 end
        + case when r.search_name like ${`${q}%`} then 0.3 else 0 end as score
    from regions.regions r left join regions.regions p on p.code = r.parent_code
    where (r.search_name % ${q} or ${core} <% r.search_name or r.search_name like ${`%${core}%`})
      and (${within}::text is null or r.code = ${within} or starts_with(r.code, ${within} || '.'))
      and (${level}::int is null or r.level = ${level})
    order by score desc, r.level, r.code
    limit ${opts.limit}`);
  return rows.rows.map((r) => ({ ...toRegion(r), parentName: r.parent_name, score: Number(r.score) }));
}
