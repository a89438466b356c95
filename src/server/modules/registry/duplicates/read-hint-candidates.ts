// Candidates of linkage's duplicate hint: persons sharing a stored match key (GIN on match_keys) or
// the exact NIK or phone, then their rows with the names of their businesses.
import { type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../../../platform/db/pool";

import type { OwnerFields } from "./owner-matching";

/** A person as the duplicate hint compares it, with the names of their businesses. */
export type HintPersonRow = OwnerFields & {
  personId: string;
  regionCode: string;
  nik: string;
  businesses: Array<{ id: string; name: string; status: string }>;
};

export type HintBusiness = { id: string; name: string; status: string };
/** A candidate person before their businesses are read (only the top few get them). */
export type HintPerson = Omit<HintPersonRow, "businesses">;

/**
 * Ids of candidate persons under a region prefix ("*" for all). Runs on the plain connection, not
 * under row-level security: `&&` on arrays is not leakproof, so under RLS PostgreSQL may not use
 * the GIN index and scans the whole table (125 ms on 30,000 rows). The scope is applied here
 * explicitly instead, and the rows themselves are read under RLS by `readHintPersons`.
 */
export async function findHintCandidateIds(
  db: Db,
  q: { keys: readonly string[]; nik: string | null; phone: string | null; prefix: string; limit: number },
): Promise<string[]> {
  // One expression the planner cannot serve from the region index: with `region_code like '62.71.%'`
  // it ANDs the GIN bitmap with a 300,000-entry region bitmap (55 ms) to filter 60 rows.
  const scope =
    q.prefix === "*" || q.prefix === "" ? sql`true` : sql`starts_with(region_code || '.', ${`${q.prefix}.`})`;
  const arms: SQL[] = [];
  if (q.keys.length > 0)
    arms.push(
      sql`(select id from registry.persons where match_keys && ${sql.param([...q.keys])}::text[] and ${scope} limit ${q.limit})`,
    );
  // Exact identifiers are bounded too: a placeholder typed thousands of times must not flood the hint.
  if (q.nik) arms.push(sql`(select id from registry.persons where nik = ${q.nik} and ${scope} limit 50)`);
  if (q.phone)
    arms.push(sql`(select id from registry.persons where phone = ${q.phone} and ${scope} limit 50)`);
  if (arms.length === 0) return [];
  const res = await db.execute<{ id: string }>(
    sql`select id from (${sql.join(arms, sql` union `)}) u limit ${q.limit}`,
  );
  return res.rows.map((r) => r.id);
}

/** The candidates' rows (in the caller's scoped transaction: out-of-scope ids are dropped). */
export async function readHintPersons(t: Tx, ids: readonly string[]): Promise<HintPerson[]> {
  if (ids.length === 0) return [];
  const res = await t.execute<HintPerson>(sql`
    select p.id as "personId", p.region_code as "regionCode", p.nik, p.no_kk as "noKk", p.name, p.sex,
      p.birth_place as "birthPlace", p.birth_date::text as "birthDate", p.phone, p.street, p.rt, p.rw,
      p.village_code as "villageCode"
    from registry.persons p where p.id = any(${sql.param([...ids])}::uuid[])`);
  return res.rows;
}

/** The businesses of a few persons (the hint's top candidates), oldest first. */
export async function readPersonsBusinesses(
  t: Tx,
  personIds: readonly string[],
): Promise<Map<string, HintBusiness[]>> {
  const out = new Map<string, HintBusiness[]>();
  if (personIds.length === 0) return out;
  const res = await t.execute<HintBusiness & { ownerId: string }>(sql`
    select owner_id as "ownerId", id, name, status from registry.businesses
    where owner_id = any(${sql.param([...personIds])}::uuid[]) order by created_at, id`);
  for (const { ownerId, ...b } of res.rows) out.set(ownerId, [...(out.get(ownerId) ?? []), b]);
  return out;
}
