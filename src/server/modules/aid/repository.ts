// Queries of programmes and proposals; plain rows out, presentation in present.ts.
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import { type Exclusion, isEditable, isFrozen, type ProposalStatus } from "./domain";
import { programmeExclusions, programmes, proposalItems, proposals } from "./schema";

export type ProgrammeRow = typeof programmes.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type ItemRow = typeof proposalItems.$inferSelect;
/** An item as the checks read it: stored, or built and not yet inserted. */
export type CheckableItem = Omit<ItemRow, "createdAt" | "updatedAt">;

export async function findProgramme(t: Tx, id: string): Promise<ProgrammeRow | undefined> {
  return (await t.select().from(programmes).where(eq(programmes.id, id)).limit(1))[0];
}

export async function findProposal(t: Tx, id: string): Promise<ProposalRow | undefined> {
  return (await t.select().from(proposals).where(eq(proposals.id, id)).limit(1))[0];
}

/** Locks the proposal row so flow steps and item edits on one proposal run one at a time. */
export async function lockProposal(t: Tx, id: string): Promise<ProposalRow | undefined> {
  return (await t.select().from(proposals).where(eq(proposals.id, id)).for("update").limit(1))[0];
}

export async function findItem(t: Tx, proposalId: string, itemId: string): Promise<ItemRow | undefined> {
  return (
    await t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.id, itemId), eq(proposalItems.proposalId, proposalId)))
      .limit(1)
  )[0];
}

export async function allExclusions(t: Tx): Promise<Exclusion[]> {
  const rows = await t.select().from(programmeExclusions);
  return rows.map((r) => ({
    programmeId: r.programmeId,
    excludesProgrammeId: r.excludesProgrammeId,
    from: r.from,
    to: r.to,
  }));
}

export type Counts = {
  active: number;
  removed: number;
  withProblems: number;
  openProblems: number;
  amount: number;
};

export async function proposalCounts(
  t: Tx,
  ids: readonly string[],
  amountById: Map<string, number>,
): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  if (ids.length === 0) return out;
  const rows = await t.execute<{
    proposal_id: string;
    active: number;
    removed: number;
    with_problems: number;
    open_problems: number;
  }>(sql`
    select proposal_id,
      count(*) filter (where status = 'active')::int as active,
      count(*) filter (where status = 'removed')::int as removed,
      count(*) filter (where status = 'active' and jsonb_array_length(problems) > 0)::int as with_problems,
      coalesce(sum(open_problems) filter (where status = 'active'), 0)::int as open_problems
    from aid.proposal_items where proposal_id = any(${sql.param([...ids])}::uuid[]) group by proposal_id`);
  for (const id of ids) out.set(id, { active: 0, removed: 0, withProblems: 0, openProblems: 0, amount: 0 });
  for (const r of rows.rows) {
    const active = Number(r.active);
    out.set(r.proposal_id, {
      active,
      removed: Number(r.removed),
      withProblems: Number(r.with_problems),
      openProblems: Number(r.open_problems),
      amount: active * (amountById.get(r.proposal_id) ?? 0),
    });
  }
  return out;
}

export async function regionName(t: Tx, code: string): Promise<string | null> {
  const rows = await t.execute<{ name: string }>(
    sql`select name from regions.regions where code = ${code} limit 1`,
  );
  return rows.rows[0]?.name ?? null;
}

export function canEditItems(status: ProposalStatus): boolean {
  return isEditable(status);
}

export function isListFrozen(status: ProposalStatus): boolean {
  return isFrozen(status);
}
