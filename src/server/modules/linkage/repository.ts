// Queries on runs, pairs and merges. Returns plain shapes; callers pass a scoped transaction, so
// row-level security hides pairs and merges outside the actor's region.
import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import type { Run } from "./contract";
import { merges, pairs, runs } from "./schema";
import type { PairStatus } from "./vocab";

export type RunRow = typeof runs.$inferSelect;
export type PairRow = typeof pairs.$inferSelect;
export type MergeRow = typeof merges.$inferSelect;

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toRun(r: RunRow): Run {
  return {
    id: r.id,
    kind: r.kind,
    regionCode: r.regionCode,
    listId: r.listId,
    jobId: r.jobId,
    state: r.state,
    stats: (r.stats as Record<string, unknown> | null) ?? null,
    error: r.error,
    startedByName: r.startedByName,
    createdAt: r.createdAt.toISOString(),
    finishedAt: iso(r.finishedAt),
  };
}

export async function findRun(t: Tx, id: string): Promise<RunRow | undefined> {
  return (await t.select().from(runs).where(eq(runs.id, id)).limit(1))[0];
}

export async function listRuns(t: Tx, kind: RunRow["kind"], limit: number): Promise<RunRow[]> {
  return t.select().from(runs).where(eq(runs.kind, kind)).orderBy(desc(runs.createdAt)).limit(limit);
}

export async function updateRun(t: Tx, id: string, patch: Partial<Omit<RunRow, "id">>): Promise<void> {
  await t.update(runs).set(patch).where(eq(runs.id, id));
}

export function regionFilter(column: typeof pairs.regionCode, prefix: string | undefined): SQL | undefined {
  if (!prefix) return undefined;
  return or(eq(column, prefix), sql`starts_with(${column}, ${`${prefix}.`})`);
}

export async function findPair(t: Tx, id: string, lock = false): Promise<PairRow | undefined> {
  const q = t.select().from(pairs).where(eq(pairs.id, id)).limit(1);
  return (await (lock ? q.for("update") : q))[0];
}

export async function selectPairs(
  t: Tx,
  f: {
    status: PairStatus;
    decision?: "match" | "review" | undefined;
    region?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: PairRow[]; total: number }> {
  const where = and(
    eq(pairs.status, f.status),
    f.decision ? eq(pairs.decision, f.decision) : undefined,
    regionFilter(pairs.regionCode, f.region),
  );
  const rows = await t
    .select()
    .from(pairs)
    .where(where)
    .orderBy(desc(pairs.probability), desc(pairs.weight), pairs.id)
    .limit(f.limit)
    .offset(f.offset);
  const [count] = await t.select({ n: sql<number>`count(*)::int` }).from(pairs).where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function countPairsByStatus(t: Tx, region: string | undefined): Promise<Record<string, number>> {
  const rows = await t
    .select({ status: pairs.status, n: sql<number>`count(*)::int` })
    .from(pairs)
    .where(regionFilter(pairs.regionCode, region))
    .groupBy(pairs.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Decided pairs among the given records: the reviewers' labels for the next run. */
export async function selectLabels(
  t: Tx,
  prefix: string,
): Promise<Array<{ idA: string; idB: string; label: "accept" | "reject" }>> {
  const rows = await t
    .select({ a: pairs.recordA, b: pairs.recordB, status: pairs.status })
    .from(pairs)
    .where(
      and(
        inArray(pairs.status, ["accepted", "rejected"]),
        regionFilter(pairs.regionCode, prefix === "*" ? undefined : prefix),
      ),
    );
  return rows.map((r) => ({ idA: r.a, idB: r.b, label: r.status === "accepted" ? "accept" : "reject" }));
}

export async function findMerge(t: Tx, id: string, lock = false): Promise<MergeRow | undefined> {
  const q = t.select().from(merges).where(eq(merges.id, id)).limit(1);
  return (await (lock ? q.for("update") : q))[0];
}

export async function listMergeRows(t: Tx, limit: number): Promise<MergeRow[]> {
  return t.select().from(merges).orderBy(desc(merges.mergedAt)).limit(limit);
}

/** Live merges of the given (merged) records: which survivor each went into. */
export async function mergedIntoMap(t: Tx, mergedIds: readonly string[]): Promise<Map<string, string>> {
  if (mergedIds.length === 0) return new Map();
  const rows = await t
    .select({ merged: merges.mergedId, survivor: merges.survivorId })
    .from(merges)
    .where(and(inArray(merges.mergedId, [...mergedIds]), sql`${merges.undoneAt} is null`));
  return new Map(rows.map((r) => [r.merged, r.survivor]));
}
