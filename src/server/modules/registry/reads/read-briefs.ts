// Reads other modules build on (aid proposals, market producers, training participants). They run
// in the caller's scoped transaction or open one under the caller's scope; permission checks belong
// to the calling verb, which knows why it reads.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";

/** What another module shows about a business: enough for a card, a producer line or a proposal row. */
export type BusinessBrief = {
  id: string;
  name: string;
  sector: string;
  sizeClass: string | null;
  status: string;
  regionCode: string;
  regionName: string | null;
  dailyCapacity: number | null;
  ownerId: string;
  ownerName: string;
  phone: string | null;
};

type BriefRow = {
  id: string;
  name: string;
  sector: string;
  size_class: string | null;
  status: string;
  region_code: string;
  region_name: string | null;
  daily_capacity: number | null;
  owner_id: string;
  owner_name: string;
  phone: string | null;
};

const toBrief = (r: BriefRow): BusinessBrief => ({
  id: r.id,
  name: r.name,
  sector: r.sector,
  sizeClass: r.size_class,
  status: r.status,
  regionCode: r.region_code,
  regionName: r.region_name,
  dailyCapacity: r.daily_capacity,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  phone: r.phone,
});

const BRIEF_COLUMNS = sql`b.id, b.name, b.sector, b.size_class, b.status, b.region_code, r.name as region_name,
  b.daily_capacity, b.owner_id, p.name as owner_name, p.phone`;
const BRIEF_FROM = sql`registry.businesses b join registry.persons p on p.id = b.owner_id
  left join regions.regions r on r.code = b.region_code`;

/** Briefs of the given businesses in the caller's transaction; ids out of scope are simply absent. */
export async function selectBusinessBriefs(t: Tx, ids: readonly string[]): Promise<BusinessBrief[]> {
  if (ids.length === 0) return [];
  const rows = await t.execute<BriefRow>(
    sql`select ${BRIEF_COLUMNS} from ${BRIEF_FROM} where b.id = any(${sql.param([...ids])}::uuid[]) order by b.id`,
  );
  return rows.rows.map(toBrief);
}

/** Briefs of businesses by id under the actor's scope (missing or out-of-scope ids are left out). */
export function getBusinessBriefs({
  ctx,
  ids,
}: {
  ctx: Ctx;
  ids: readonly string[];
}): Promise<BusinessBrief[]> {
  return tx(ctx, (t) => selectBusinessBriefs(t, ids));
}

/** One business brief, or null when it does not exist or lies outside the actor's scope. */
export async function getBusinessBrief({ ctx, id }: { ctx: Ctx; id: string }): Promise<BusinessBrief | null> {
  return (await getBusinessBriefs({ ctx, ids: [id] }))[0] ?? null;
}

/** A person found by NIK with the businesses they own (unmasked: the caller must need the NIK). */
export type PersonByNik = {
  personId: string;
  nik: string;
  noKk: string | null;
  name: string;
  regionCode: string;
  businessIds: string[];
};

/** Persons carrying this exact NIK within scope (several when the register still holds duplicates). */
export async function findPersonsByNikInScope({
  ctx,
  nik,
}: {
  ctx: Ctx;
  nik: string;
}): Promise<PersonByNik[]> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{
      id: string;
      nik: string;
      no_kk: string | null;
      name: string;
      region_code: string;
      business_ids: string[] | null;
    }>(sql`
      select p.id, p.nik, p.no_kk, p.name, p.region_code,
        array(select b.id::text from registry.businesses b where b.owner_id = p.id order by b.id) as business_ids
      from registry.persons p where p.nik = ${nik} order by p.id limit 50`);
    return rows.rows.map((r) => ({
      personId: r.id,
      nik: r.nik,
      noKk: r.no_kk,
      name: r.name,
      regionCode: r.region_code,
      businessIds: r.business_ids ?? [],
    }));
  });
}
