// Candidates for an aid proposal (BPUM: NIK, No. KK, full name, address, sector, phone), in keyset
// pages so a regency's ~5,000 businesses stream without offsets.
import { type SQL, sql } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { effectivePrefix } from "../domain/search-query";
import { startsWith } from "../register/repository-list";

export type ProposalFilter = {
  /** Region code prefix, combined with the actor's scope. */
  region?: string;
  sector?: string;
  sizeClass?: string;
  affected?: boolean;
  /** Only active businesses unless stated (merged duplicates never go into a proposal). */
  status?: "active" | "inactive" | "merged";
  /** Keyset: business ids greater than this one. */
  afterId?: string;
  limit?: number;
};

export type ProposalCandidate = {
  businessId: string;
  businessName: string;
  sector: string;
  sizeClass: string | null;
  affected: boolean | null;
  regionCode: string;
  entityId: string | null;
  ownerId: string;
  nik: string;
  noKk: string | null;
  name: string;
  sex: "L" | "P" | null;
  birthDate: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
  phone: string | null;
};

type Row = {
  business_id: string;
  business_name: string;
  sector: string;
  size_class: string | null;
  affected: boolean | null;
  region_code: string;
  entity_id: string | null;
  owner_id: string;
  nik: string;
  no_kk: string | null;
  name: string;
  sex: "L" | "P" | null;
  birth_date: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  village_code: string | null;
  phone: string | null;
};

/**
 * Lists businesses with their owners' identity for a proposal, ordered by business id. Unmasked:
 * the calling verb checks its own permission (e.g. aid.propose) and audits the proposal.
 */
export async function listBusinessesForProposal({
  ctx,
  filter,
}: {
  ctx: Ctx;
  filter: ProposalFilter;
}): Promise<ProposalCandidate[]> {
  const prefix = effectivePrefix(ctx.actor.scope, filter.region);
  if (prefix === null) throw new AppError("OUT_OF_SCOPE");
  const parts: SQL[] = [sql`b.status = ${filter.status ?? "active"}`];
  if (prefix !== "*") parts.push(startsWith(sql`b.region_code`, prefix));
  if (filter.sector) parts.push(sql`b.sector = ${filter.sector}`);
  if (filter.sizeClass) parts.push(sql`b.size_class = ${filter.sizeClass}`);
  if (filter.affected !== undefined) parts.push(sql`b.affected = ${filter.affected}`);
  if (filter.afterId) parts.push(sql`b.id > ${filter.afterId}`);
  const limit = Math.min(Math.max(filter.limit ?? 1000, 1), 10_000);
  return tx(ctx, async (t) => {
    const rows = await t.execute<Row>(sql`
      select b.id as business_id, b.name as business_name, b.sector, b.size_class, b.affected, b.region_code,
        b.entity_id, p.id as owner_id, p.nik, p.no_kk, p.name, p.sex, p.birth_date::text, p.street, p.rt, p.rw,
        p.village_code, p.phone
      from registry.businesses b join registry.persons p on p.id = b.owner_id
      where ${sql.join(parts, sql` and `)} order by b.id limit ${limit}`);
    return rows.rows.map((r) => ({
      businessId: r.business_id,
      businessName: r.business_name,
      sector: r.sector,
      sizeClass: r.size_class,
      affected: r.affected,
      regionCode: r.region_code,
      entityId: r.entity_id,
      ownerId: r.owner_id,
      nik: r.nik,
      noKk: r.no_kk,
      name: r.name,
      sex: r.sex,
      birthDate: r.birth_date,
      street: r.street,
      rt: r.rt,
      rw: r.rw,
      villageCode: r.village_code,
      phone: r.phone,
    }));
  });
}
