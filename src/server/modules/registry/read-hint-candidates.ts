// Candidates of linkage's duplicate hint: persons sharing a stored match key (GIN on match_keys) or
// the exact NIK or phone, then their rows with the names of their businesses.
import { type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "../../platform/db/pool";

/** A person as the duplicate hint compares it, with the names of their businesses. */
export type HintPersonRow = {
  personId: string;
  regionCode: string;
  nik: string;
  noKk: string | null;
  name: string;
  sex: "L" | "P" | null;
  birthPlace: string | null;
  birthDate: string | null;
  phone: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
  businesses: Array<{ id: string; name: string; status: string }>;
};

type HintRaw = Omit<HintPersonRow, "businesses"> & { businesses: HintPersonRow["businesses"] | null };

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
  const scope =
    q.prefix === "*" || q.prefix === ""
      ? sql`true`
      : sql`(region_code = ${q.prefix} or starts_with(region_code, ${`${q.prefix}.`}))`;
  const arms: SQL[] = [];
  if (q.keys.length > 0)
    arms.push(
      sql`select id from registry.persons where match_keys && ${sql.param([...q.keys])}::text[] and ${scope}`,
    );
  if (q.nik) arms.push(sql`select id from registry.persons where nik = ${q.nik} and ${scope}`);
  if (q.phone) arms.push(sql`select id from registry.persons where phone = ${q.phone} and ${scope}`);
  if (arms.length === 0) return [];
  const res = await db.execute<{ id: string }>(
    sql`select id from (${sql.join(arms, sql` union `)}) u limit ${q.limit}`,
  );
  return res.rows.map((r) => r.id);
}

/** The candidates' rows (in the caller's scoped transaction: out-of-scope ids are dropped). */
export async function readHintPersons(t: Tx, ids: readonly string[]): Promise<HintPersonRow[]> {
  if (ids.length === 0) return [];
  const res = await t.execute<HintRaw>(sql`
    select p.id as "personId", p.region_code as "regionCode", p.nik, p.no_kk as "noKk", p.name, p.sex,
      p.birth_place as "birthPlace", p.birth_date::text as "birthDate", p.phone, p.street, p.rt, p.rw,
      p.village_code as "villageCode",
      (select json_agg(json_build_object('id', b.id, 'name', b.name, 'status', b.status) order by b.created_at)
         from registry.businesses b where b.owner_id = p.id) as businesses
    from registry.persons p where p.id = any(${sql.param([...ids])}::uuid[])`);
  return res.rows.map((r) => ({ ...r, businesses: r.businesses ?? [] }));
}
