// Reads of the register for the linkage module (dedup runs, list linking, duplicate hints, entity
// pages). Queries run in the caller's transaction, so row-level security keeps them in scope.
import { and, asc, eq, gt, inArray, like, ne, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "../../../platform/db/pool";
import type { Sector } from "../domain/vocab";
import type { OwnerFields } from "../duplicates/owner-matching";
import { businesses, persons, recordSources } from "../schema";

/** A business with its owner, flattened: what linkage compares. */
export type LinkSourceRow = {
  businessId: string;
  personId: string;
  regionCode: string;
  entityId: string | null;
  status: "active" | "merged" | "inactive";
  businessName: string;
  sector: Sector;
  businessStreet: string | null;
  nik: string;
  noKk: string | null;
  name: string;
  sex: "L" | "P" | null;
  birthPlace: string | null;
  birthDate: string | null;
  phone: string | null;
  personStreet: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
  sourceKind: string;
  createdAt: Date;
  updatedAt: Date;
};

/** The columns of a link source row (shared by every reader of link records). */
export const linkColumns = {
  businessId: businesses.id,
  personId: persons.id,
  regionCode: businesses.regionCode,
  entityId: businesses.entityId,
  status: businesses.status,
  businessName: businesses.name,
  sector: businesses.sector,
  businessStreet: businesses.street,
  nik: persons.nik,
  noKk: persons.noKk,
  name: persons.name,
  sex: persons.sex,
  birthPlace: persons.birthPlace,
  birthDate: persons.birthDate,
  phone: persons.phone,
  personStreet: persons.street,
  rt: sql<string | null>`coalesce(${businesses.rt}, ${persons.rt})`,
  rw: sql<string | null>`coalesce(${businesses.rw}, ${persons.rw})`,
  villageCode: persons.villageCode,
  sourceKind: businesses.sourceKind,
  createdAt: businesses.createdAt,
  updatedAt: businesses.updatedAt,
};

function inPrefix(column: PgColumn, prefix: string): SQL | undefined {
  if (prefix === "" || prefix === "*") return undefined;
  return or(eq(column, prefix), like(column, `${prefix}.%`));
}

/** Businesses (with owners) under a region prefix, in id order, one page after `after`. */
export async function readLinkRecords(
  t: Tx,
  opts: { prefix: string; after?: string | null; limit: number; includeMerged?: boolean },
): Promise<LinkSourceRow[]> {
  return t
    .select(linkColumns)
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(
      and(
        inPrefix(businesses.regionCode, opts.prefix),
        opts.includeMerged ? undefined : ne(businesses.status, "merged"),
        opts.after ? gt(businesses.id, opts.after) : undefined,
      ),
    )
    .orderBy(asc(businesses.id))
    .limit(opts.limit);
}

/** The given businesses with their owners (missing or out-of-scope ids are left out). */
export async function readLinkRecordsByIds(t: Tx, ids: readonly string[]): Promise<LinkSourceRow[]> {
  if (ids.length === 0) return [];
  return t
    .select(linkColumns)
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(inArray(businesses.id, [...ids]));
}

/** Every business record of one entity (merged ones included), oldest first. */
export async function readEntityRecords(t: Tx, entityId: string): Promise<LinkSourceRow[]> {
  return t
    .select(linkColumns)
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(eq(businesses.entityId, entityId))
    .orderBy(asc(businesses.createdAt), asc(businesses.id))
    .limit(500);
}

export type RecordSourceRow = typeof recordSources.$inferSelect;

/** Where the given businesses and persons came from (office, field assistant, import row). */
export async function readRecordSources(
  t: Tx,
  ids: { businessIds: readonly string[]; personIds: readonly string[] },
): Promise<RecordSourceRow[]> {
  const conds: SQL[] = [];
  if (ids.businessIds.length > 0) {
    const c = and(
      eq(recordSources.entityType, "business"),
      inArray(recordSources.entityId, [...ids.businessIds]),
    );
    if (c) conds.push(c);
  }
  if (ids.personIds.length > 0) {
    const c = and(
      eq(recordSources.entityType, "person"),
      inArray(recordSources.entityId, [...ids.personIds]),
    );
    if (c) conds.push(c);
  }
  if (conds.length === 0) return [];
  return t
    .select()
    .from(recordSources)
    .where(or(...conds))
    .orderBy(asc(recordSources.createdAt), asc(recordSources.id));
}

export type KeyPersonRow = OwnerFields & { id: string; regionCode: string; nik: string; matchKeys: string[] };

/** Persons under a prefix in id order (for the match-key refresh), one page after `after`. */
export async function readPersonsForKeys(
  t: Tx,
  opts: { prefix: string; after?: string | null; limit: number },
): Promise<KeyPersonRow[]> {
  return t
    .select({
      id: persons.id,
      regionCode: persons.regionCode,
      nik: persons.nik,
      noKk: persons.noKk,
      name: persons.name,
      sex: persons.sex,
      birthPlace: persons.birthPlace,
      birthDate: persons.birthDate,
      phone: persons.phone,
      street: persons.street,
      rt: persons.rt,
      rw: persons.rw,
      villageCode: persons.villageCode,
      matchKeys: persons.matchKeys,
    })
    .from(persons)
    .where(
      and(inPrefix(persons.regionCode, opts.prefix), opts.after ? gt(persons.id, opts.after) : undefined),
    )
    .orderBy(asc(persons.id))
    .limit(opts.limit);
}

/** The businesses (with owners) of the given persons, merged ones left out. */
export async function readLinkRecordsByOwners(t: Tx, personIds: readonly string[]): Promise<LinkSourceRow[]> {
  if (personIds.length === 0) return [];
  return t
    .select(linkColumns)
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(and(inArray(businesses.ownerId, [...personIds]), ne(businesses.status, "merged")));
}

/** The businesses an import batch added (its business sources), for the incremental dedup. */
export async function readImportedBusinessIds(t: Tx, batchId: string): Promise<string[]> {
  const rows = await t
    .select({ id: recordSources.entityId })
    .from(recordSources)
    .where(and(eq(recordSources.importBatchId, batchId), eq(recordSources.entityType, "business")))
    .orderBy(asc(recordSources.entityId));
  return [...new Set(rows.map((r) => r.id))];
}
