// Named reads of register facts for other modules (aid eligibility and items, reports), so no other
// module queries the register's tables. Each runs in the caller's transaction under its scope.
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { businesses, persons } from "../schema";

/** What an eligibility check needs to know about a register business. */
export type BusinessFacts = {
  assets: number | null;
  annualTurnover: number | null;
  sizeClass: string | null;
  sizeRule: string | null;
  affected: boolean | null;
  sector: string;
};

/** Facts of the given businesses by id (unknown or out-of-scope ids are absent). */
export async function readBusinessFacts(t: Tx, ids: readonly string[]): Promise<Map<string, BusinessFacts>> {
  const out = new Map<string, BusinessFacts>();
  for (let i = 0; i < ids.length; i += 5000) {
    const part = ids.slice(i, i + 5000);
    const rows = await t
      .select({
        id: businesses.id,
        assets: businesses.assets,
        annualTurnover: businesses.annualTurnover,
        sizeClass: businesses.sizeClass,
        sizeRule: businesses.sizeRule,
        affected: businesses.affected,
        sector: businesses.sector,
      })
      .from(businesses)
      .where(sql`${businesses.id} = any(${sql.param(part)}::uuid[])`);
    for (const { id, ...facts } of rows) out.set(id, facts);
  }
  return out;
}

/** A business with its owner's identity and address, as a list of recipients needs it. */
export type BusinessOwnerRow = {
  business_id: string;
  business_name: string;
  sector: string;
  b_street: string | null;
  b_rt: string | null;
  b_rw: string | null;
  b_region: string;
  person_id: string;
  nik: string;
  no_kk: string | null;
  name: string;
  phone: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  village_code: string | null;
};

/** Businesses by id with their owners (ids out of scope or unknown are left out). */
export async function readBusinessOwners(t: Tx, ids: readonly string[]): Promise<BusinessOwnerRow[]> {
  if (ids.length === 0) return [];
  // one array parameter instead of thousands of bind parameters (5,000 businesses per proposal)
  const rows = await t.execute<BusinessOwnerRow>(sql`
    select b.id as business_id, b.name as business_name, b.sector, b.street as b_street, b.rt as b_rt, b.rw as b_rw,
      b.region_code as b_region, p.id as person_id, p.nik, p.no_kk, p.name, p.phone, p.street, p.rt, p.rw, p.village_code
    from registry.businesses b join registry.persons p on p.id = b.owner_id
    where b.id = any(${sql.param([...ids])}::uuid[])`);
  return rows.rows;
}

/** A register person found by exact NIK, with the first business they own (if any). */
export type OwnerByNik = {
  personId: string;
  businessId: string | null;
  businessName: string | null;
  sector: string | null;
};

/** Register persons (and one business each) by exact NIK in scope; the first row per NIK wins. */
export async function findOwnersByNik(t: Tx, niks: readonly string[]): Promise<Map<string, OwnerByNik>> {
  const found = new Map<string, OwnerByNik>();
  for (let i = 0; i < niks.length; i += 2000) {
    const rows = await t
      .select({
        pid: persons.id,
        nik: persons.nik,
        bid: businesses.id,
        bname: businesses.name,
        sector: businesses.sector,
      })
      .from(persons)
      .leftJoin(businesses, eq(businesses.ownerId, persons.id))
      .where(inArray(persons.nik, niks.slice(i, i + 2000)));
    for (const r of rows)
      if (!found.has(r.nik))
        found.set(r.nik, { personId: r.pid, businessId: r.bid, businessName: r.bname, sector: r.sector });
  }
  return found;
}

/** Active affected businesses per regency (code `pp.rr`), the register's definition of "affected". */
export async function countAffectedByRegency(t: Tx): Promise<Map<string, number>> {
  const rows = await t.execute<{ region: string; affected: number }>(sql`
    select left(region_code, 5) as region, count(*)::int as affected from registry.businesses
    where affected = true and status = 'active' group by 1`);
  return new Map(rows.rows.map((r) => [r.region, r.affected]));
}
