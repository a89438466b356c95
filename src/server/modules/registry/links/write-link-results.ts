// The register columns the linkage module maintains: stable entity ids on businesses, a business
// merged into another (status) and back, and the persons' blocking keys for duplicate hints. The
// linkage verbs call these inside their own audited transactions.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { businesses } from "../schema";

/** Writes entity ids in bulk; only rows whose id changes are touched. Returns the rows changed. */
export async function setEntityIds(
  t: Tx,
  rows: ReadonlyArray<{ businessId: string; entityId: string }>,
): Promise<number> {
  let changed = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const res = await t.execute(sql`
      update registry.businesses b set entity_id = v.entity_id
      from unnest(${sql.param(chunk.map((r) => r.businessId))}::uuid[], ${sql.param(chunk.map((r) => r.entityId))}::uuid[])
        as v(id, entity_id)
      where b.id = v.id and b.entity_id is distinct from v.entity_id`);
    changed += res.rowCount ?? 0;
  }
  return changed;
}

/** The columns a merge changes, as they were: what undo writes back. */
export type BusinessMergeState = {
  status: "active" | "merged" | "inactive";
  entityId: string | null;
  updatedAt: string;
};

export async function readMergeState(
  t: Tx,
  businessId: string,
): Promise<(BusinessMergeState & { regionCode: string }) | null> {
  const rows = await t
    .select({
      status: businesses.status,
      entityId: businesses.entityId,
      updatedAt: businesses.updatedAt,
      regionCode: businesses.regionCode,
    })
    .from(businesses)
    .where(eq(businesses.id, businessId))
    .for("update")
    .limit(1);
  const r = rows[0];
  return r
    ? {
        status: r.status,
        entityId: r.entityId,
        updatedAt: r.updatedAt.toISOString(),
        regionCode: r.regionCode,
      }
    : null;
}

/** Sets status and entity id of a business (merge, or undo with the saved state). */
export async function writeMergeState(
  t: Tx,
  businessId: string,
  state: BusinessMergeState,
): Promise<boolean> {
  const res = await t
    .update(businesses)
    .set({ status: state.status, entityId: state.entityId, updatedAt: new Date(state.updatedAt) })
    .where(eq(businesses.id, businessId))
    .returning({ id: businesses.id });
  return res.length === 1;
}

/** Stores persons' match keys in bulk (a set, so order does not matter). */
export async function setMatchKeys(
  t: Tx,
  rows: ReadonlyArray<{ personId: string; keys: readonly string[] }>,
): Promise<number> {
  if (rows.length === 0) return 0;
  // Arrays of arrays cannot be unnested row-wise, so keys travel as one joined string per person.
  const res = await t.execute(sql`
    update registry.persons p set match_keys = string_to_array(v.keys, ' ')
    from unnest(${sql.param(rows.map((r) => r.personId))}::uuid[], ${sql.param(rows.map((r) => r.keys.join(" ")))}::text[])
      as v(id, keys)
    where p.id = v.id and p.match_keys is distinct from string_to_array(v.keys, ' ')`);
  return res.rowCount ?? 0;
}
