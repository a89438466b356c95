// Everything the register holds about one person (UU PDP Pasal 32): the person with full NIK and
// No. KK, and each business they own with its impact history, pivots, products, kendala, sources and
// change history. Runs in the caller's transaction; row-level security hides what lies out of scope.
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { BusinessPage, Person } from "../contract-business-page";
import { loadBusinessPage } from "../register/get-business";
import { findPersonRow, toPerson } from "../register/repository";
import { toSource } from "../register/repository-page";
import { businesses, recordSources } from "../schema";

export type RegistryPersonData = {
  person: Person;
  /** Sources of the person record itself (the businesses carry their own). */
  personSources: BusinessPage["sources"];
  businesses: Omit<BusinessPage, "owner">[];
  /** The register keeps no cooperative membership per person; said so rather than left out. */
  cooperativeMemberships: [];
};

/** The register's part of a person's data, or null when the person is unknown or out of scope. */
export async function personDataOf(t: Tx, personId: string): Promise<RegistryPersonData | null> {
  const row = await findPersonRow(t, personId);
  if (!row) return null;
  const owned = await t
    .select({ id: businesses.id })
    .from(businesses)
    .where(eq(businesses.ownerId, personId))
    .orderBy(asc(businesses.createdAt), asc(businesses.id));
  const pages: Omit<BusinessPage, "owner">[] = [];
  for (const { id } of owned) {
    const { owner: _owner, ...page } = await loadBusinessPage(t, id, true);
    pages.push(page);
  }
  const sources = await t
    .select()
    .from(recordSources)
    .where(and(eq(recordSources.entityType, "person"), eq(recordSources.entityId, personId)))
    .orderBy(asc(recordSources.createdAt), asc(recordSources.id));
  const personSources = sources.map(toSource);
  return { person: toPerson(row, true), personSources, businesses: pages, cooperativeMemberships: [] };
}
