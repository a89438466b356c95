// Named reads that other modules' demos use to pick register businesses for their scenarios, so
// no demo queries the register's tables. They run in the caller's transaction under its scope.
import { and, asc, desc, eq, isNotNull, like, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { businesses, persons } from "../schema";

/** An owner with one micro business, as a planted demo finding needs them. */
export type SampleOwner = {
  businessId: string;
  businessName: string;
  nik: string;
  noKk: string | null;
  name: string;
  street: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
};

/**
 * The first (or newest) active micro business in a region whose owner has the given sex, a No. KK
 * and a village, or undefined.
 */
export async function findSampleOwner(
  t: Tx,
  filter: { regionPrefix: string; sex: "L" | "P"; newest: boolean },
): Promise<SampleOwner | undefined> {
  const rows = await t
    .select({ b: businesses, p: persons })
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(
      and(
        like(businesses.regionCode, `${filter.regionPrefix}.%`),
        eq(businesses.status, "active"),
        eq(persons.sex, filter.sex),
        isNotNull(persons.noKk),
        isNotNull(persons.villageCode),
        eq(businesses.sizeClass, "mikro"),
      ),
    )
    .orderBy(filter.newest ? desc(businesses.id) : asc(businesses.id))
    .limit(1);
  const r = rows[0];
  return r
    ? {
        businessId: r.b.id,
        businessName: r.b.name,
        nik: r.p.nik,
        noKk: r.p.noKk,
        name: r.p.name,
        street: r.p.street,
        rt: r.p.rt,
        rw: r.p.rw,
        villageCode: r.p.villageCode,
      }
    : undefined;
}

/** Ids of active businesses in a region in id order; `affectedMicro` keeps affected micro ones only. */
export async function listSampleBusinessIds(
  t: Tx,
  filter: { regionPrefix: string; affectedMicro?: boolean; offset?: number; limit: number },
): Promise<string[]> {
  const only = filter.affectedMicro ? sql` and b.affected = true and b.size_class = 'mikro'` : sql``;
  const rows = await t.execute<{ id: string }>(sql`select b.id from registry.businesses b
    where b.region_code like ${`${filter.regionPrefix}.%`} and b.status = 'active'${only}
    order by b.id offset ${filter.offset ?? 0} limit ${filter.limit}`);
  return rows.rows.map((r) => r.id);
}
