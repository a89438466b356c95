// Runs every check on a proposal's items: eligibility (register facts), duplicates in this and
// other proposals of the programme (all regions), exclusive programmes, outside lists and
// households. Written justifications survive a re-run; nobody is removed automatically.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";
import { readBusinessFacts } from "../../registry";
import {
  checkEligibility,
  duplicateProblems,
  type EligibilityCheck,
  exclusiveWith,
  isUsableIdentifier,
  keepJustifications,
  openCount,
  type Problem,
} from "../domain";
import { allExclusions, type CheckableItem, type ProgrammeRow } from "../repository";
import { factsFor } from "./check-facts";
import { addBatch, type BatchInfo, findHits, hitsFor } from "./check-hits";
import { outsideHits } from "./outside-lists";

export type CheckedItem = { id: string; checks: EligibilityCheck[]; problems: Problem[]; open: number };

/** Computes checks for the given items (read-only): facts and hits in bulk, the rules pure. */
export async function computeChecks(
  ctx: Ctx,
  input: { programme: ProgrammeRow; items: readonly CheckableItem[]; batch?: BatchInfo },
): Promise<CheckedItem[]> {
  const { programme, items } = input;
  if (items.length === 0) return [];
  const businessIds = [...new Set(items.flatMap((i) => (i.businessId ? [i.businessId] : [])))];
  const [facts, exclusions] = await tx(
    ctx,
    async (t) => [await readBusinessFacts(t, businessIds), await allExclusions(t)] as const,
  );
  const exclusive = exclusiveWith(programme.id, exclusions);
  // placeholder or invalid identifiers ("0000000000000000") identify nobody: never matched on
  const usable = (xs: Array<string | null>) => [...new Set(xs.filter(isUsableIdentifier))];
  const hits = await findHits(ctx.db, {
    programmeId: programme.id,
    exclusive,
    niks: usable(items.map((i) => i.nik)),
    kks: usable(items.map((i) => i.noKk)),
    addressKeys: [...new Set(items.flatMap((i) => (i.addressKey ? [i.addressKey] : [])))],
  });
  if (input.batch) addBatch(hits, items, input.batch);
  const outside = await outsideHits(ctx, items);
  return items.map((item) => {
    const eligibility = checkEligibility(
      programme.rules,
      factsFor(item, programme, item.businessId ? facts.get(item.businessId) : undefined),
    );
    const duplicates = duplicateProblems({
      candidate: {
        itemId: item.id,
        proposalId: item.proposalId,
        nik: item.nik,
        nikUsable: isUsableIdentifier(item.nik),
        noKk: item.noKk,
        addressKey: item.addressKey,
        businessName: item.businessName,
      },
      hits: hitsFor(hits, item),
      outside: outside.get(item.id) ?? [],
      oneBusinessPerHousehold: programme.rules.oneBusinessPerHousehold,
    });
    const problems = keepJustifications([...eligibility.problems, ...duplicates], item.problems);
    return { id: item.id, checks: eligibility.checks, problems, open: openCount(problems) };
  });
}

/** Justifications written while the checks ran (outside this transaction) are kept too. */
async function withLatestJustifications(t: Tx, part: readonly CheckedItem[]): Promise<CheckedItem[]> {
  const rows = await t.execute<{ id: string; problems: Problem[] }>(
    sql`select id, problems from aid.proposal_items where id = any(${sql.param(part.map((c) => c.id))}::uuid[])
      and jsonb_path_exists(problems, '$[*] ? (@.justification != null)')`,
  );
  const stored = new Map(rows.rows.map((r) => [r.id, r.problems]));
  return part.map((c) => {
    const earlier = stored.get(c.id) ?? [];
    if (!earlier.some((p) => p.justification)) return c;
    const problems = keepJustifications(c.problems, [
      ...c.problems.filter((p) => p.justification),
      ...earlier.filter((p) => p.justification),
    ]);
    return { ...c, problems, open: openCount(problems) };
  });
}

/** Stores check results in one statement per 2,000 items (thousands of items per proposal). */
export async function storeChecks(t: Tx, checked: readonly CheckedItem[], now: Date): Promise<void> {
  for (let i = 0; i < checked.length; i += 2000) {
    const part = await withLatestJustifications(t, checked.slice(i, i + 2000));
    await t.execute(sql`
      update aid.proposal_items i set checks = c.checks, problems = c.problems, open_problems = c.open, checked_at = ${now}, updated_at = ${now}
      from (select unnest(${sql.param(part.map((c) => c.id))}::uuid[]) as id,
                   unnest(${sql.param(part.map((c) => JSON.stringify(c.checks)))}::jsonb[]) as checks,
                   unnest(${sql.param(part.map((c) => JSON.stringify(c.problems)))}::jsonb[]) as problems,
                   unnest(${sql.param(part.map((c) => c.open))}::int[]) as open) c
      where i.id = c.id`);
  }
}

export type CheckSummary = { checked: number; withProblems: number; openProblems: number };

export function summarise(checked: readonly CheckedItem[]): CheckSummary {
  return {
    checked: checked.length,
    withProblems: checked.filter((c) => c.problems.length > 0).length,
    openProblems: checked.reduce((s, c) => s + c.open, 0),
  };
}
