// Queries on outside lists and their rows (scoped by RLS through the caller's transaction).
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { IrisanSummary, OutsideList } from "../contract-lists";
import { listRows, lists } from "../schema";

export type ListRow = typeof lists.$inferSelect;
export type ListRowRow = typeof listRows.$inferSelect;

export function toOutsideList(l: ListRow, summary: IrisanSummary | null): OutsideList {
  return {
    id: l.id,
    name: l.name,
    kind: l.kind,
    source: l.source,
    asOf: l.asOf,
    regionCode: l.regionCode,
    fileId: l.fileId,
    fileName: l.fileName,
    rowCount: l.rowCount,
    state: l.state,
    linkedAt: l.linkedAt ? l.linkedAt.toISOString() : null,
    createdByName: l.createdByName,
    createdAt: l.createdAt.toISOString(),
    lastRunId: l.lastRunId,
    summary,
  };
}

export async function findList(t: Tx, id: string): Promise<ListRow | undefined> {
  return (await t.select().from(lists).where(eq(lists.id, id)).limit(1))[0];
}

export async function selectLists(t: Tx, limit: number): Promise<ListRow[]> {
  return t.select().from(lists).orderBy(desc(lists.createdAt)).limit(limit);
}

export async function updateList(t: Tx, id: string, patch: Partial<Omit<ListRow, "id">>): Promise<void> {
  await t.update(lists).set(patch).where(eq(lists.id, id));
}

/** All rows of a list in file order (for linking). */
export async function selectListRows(t: Tx, listId: string): Promise<ListRowRow[]> {
  return t
    .select()
    .from(listRows)
    .where(eq(listRows.listId, listId))
    .orderBy(asc(listRows.rowNumber), asc(listRows.id));
}

/** Writes each row's best link (one statement per chunk). */
export async function writeRowLinks(
  t: Tx,
  links: ReadonlyArray<{
    id: string;
    businessId: string | null;
    personId: string | null;
    weight: number | null;
    probability: number | null;
    decision: "match" | "review" | "none";
    explanation: unknown;
  }>,
): Promise<void> {
  for (let i = 0; i < links.length; i += 2_000) {
    const c = links.slice(i, i + 2_000);
    await t.execute(sql`
      update linkage.list_rows r set match_business_id = v.b, match_person_id = v.p, weight = v.w, probability = v.pr,
        decision = v.d, explanation = v.e
      from unnest(${sql.param(c.map((l) => l.id))}::uuid[], ${sql.param(c.map((l) => l.businessId))}::uuid[],
        ${sql.param(c.map((l) => l.personId))}::uuid[], ${sql.param(c.map((l) => l.weight))}::float8[],
        ${sql.param(c.map((l) => l.probability))}::float8[], ${sql.param(c.map((l) => l.decision))}::text[],
        ${sql.param(c.map((l) => JSON.stringify(l.explanation ?? null)))}::jsonb[])
        as v(id, b, p, w, pr, d, e)
      where r.id = v.id`);
  }
}

/** Counts per decision, and the distinct register businesses linked as match or review. */
export async function countRowDecisions(
  t: Tx,
  listId: string,
): Promise<{ match: number; review: number; none: number }> {
  const rows = await t
    .select({ d: listRows.decision, n: sql<number>`count(*)::int` })
    .from(listRows)
    .where(eq(listRows.listId, listId))
    .groupBy(listRows.decision);
  const get = (d: string) => rows.find((r) => r.d === d)?.n ?? 0;
  return { match: get("match"), review: get("review"), none: get("none") };
}

/** Ids of register businesses a list links to (match or review): they are not "only in the register". */
export async function linkedBusinessIds(t: Tx, listId: string): Promise<string[]> {
  const rows = await t
    .selectDistinct({ id: listRows.matchBusinessId })
    .from(listRows)
    .where(
      and(
        eq(listRows.listId, listId),
        sql`${listRows.matchBusinessId} is not null`,
        sql`${listRows.decision} <> 'none'`,
      ),
    );
  return rows.map((r) => r.id).filter((id): id is string => id !== null);
}
