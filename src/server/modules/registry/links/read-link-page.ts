// A page of businesses (with owners) for linkage's irisan report: those under a region prefix that
// an outside list did NOT link to ("only in the register"), with optional status and name filters.
import { and, asc, eq, inArray, like, not, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { BusinessStatus } from "../domain/vocab";
import { businesses, persons } from "../schema";
import { type LinkSourceRow, linkColumns } from "./read-link-records";

export type LinkPageFilter = {
  prefix: string;
  excludeBusinessIds: readonly string[];
  excludePersonIds: readonly string[];
  status?: BusinessStatus | undefined;
  /** Matched against the business's and the owner's normalised names. */
  q?: string | undefined;
};

function where(f: LinkPageFilter): SQL | undefined {
  const q = f.q?.trim().toUpperCase();
  return and(
    or(eq(businesses.regionCode, f.prefix), like(businesses.regionCode, `${f.prefix}.%`)),
    f.excludeBusinessIds.length > 0 ? not(inArray(businesses.id, [...f.excludeBusinessIds])) : undefined,
    f.excludePersonIds.length > 0 ? not(inArray(businesses.ownerId, [...f.excludePersonIds])) : undefined,
    f.status ? eq(businesses.status, f.status) : sql`${businesses.status} <> 'merged'`,
    q
      ? or(sql`${businesses.nameNorm} like ${`%${q}%`}`, sql`${persons.nameNorm} like ${`%${q}%`}`)
      : undefined,
  );
}

export async function readLinkPage(
  t: Tx,
  f: LinkPageFilter & { limit: number; offset: number },
): Promise<{ rows: LinkSourceRow[]; total: number }> {
  const w = where(f);
  const rows = await t
    .select(linkColumns)
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(w)
    .orderBy(asc(businesses.nameNorm), asc(businesses.id))
    .limit(f.limit)
    .offset(f.offset);
  const [count] = await t
    .select({ n: sql<number>`count(*)::int` })
    .from(businesses)
    .innerJoin(persons, eq(persons.id, businesses.ownerId))
    .where(w);
  return { rows, total: count?.n ?? 0 };
}
