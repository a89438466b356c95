// Reading Kartu Prakerja lists: linkage's lists of kind "prakerja" with this module's status counts,
// a list's rows with their statuses, and the statuses of one business's owner.
import { and, eq, inArray, sql } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { findOnOutsideLists, getOutsideList, listOutsideLists, type OutsideList } from "../../linkage";
import { findPersonRow, getBusinessBrief } from "../../registry";
import type { PrakerjaCounts, PrakerjaList, PrakerjaOwnerStatus, PrakerjaRow } from "../contract-prakerja";
import { requirePermission } from "../permissions";
import { prakerjaRows } from "../schema";

type StatusRow = { registered: boolean; passed: boolean; incentive: boolean };

export function countRows(rows: readonly StatusRow[]): PrakerjaCounts {
  return {
    rows: rows.length,
    registered: rows.filter((r) => r.registered).length,
    passed: rows.filter((r) => r.passed).length,
    incentive: rows.filter((r) => r.incentive).length,
  };
}

export function toPrakerjaList(
  list: OutsideList,
  counts: PrakerjaCounts,
  linked: number | null,
): PrakerjaList {
  const { id, name, regionCode, asOf, state, createdAt } = list;
  return { id, name, regionCode, asOf, state, createdAt, counts, linked };
}

const EMPTY: PrakerjaCounts = { rows: 0, registered: 0, passed: 0, incentive: 0 };

export async function listPrakerjaLists({ ctx }: { ctx: Ctx }): Promise<PrakerjaList[]> {
  requirePermission(ctx, "training.prakerja.read");
  const lists = (await listOutsideLists({ ctx })).filter((l) => l.kind === "prakerja");
  if (lists.length === 0) return [];
  const counts = await tx(ctx, (t) =>
    t
      .select({
        listId: prakerjaRows.listId,
        rows: sql<number>`count(*)::int`,
        registered: sql<number>`count(*) filter (where ${prakerjaRows.registered})::int`,
        passed: sql<number>`count(*) filter (where ${prakerjaRows.passed})::int`,
        incentive: sql<number>`count(*) filter (where ${prakerjaRows.incentive})::int`,
      })
      .from(prakerjaRows)
      .where(
        inArray(
          prakerjaRows.listId,
          lists.map((l) => l.id),
        ),
      )
      .groupBy(prakerjaRows.listId),
  );
  const byList = new Map(counts.map(({ listId, ...c }) => [listId, c]));
  const out: PrakerjaList[] = [];
  for (const l of lists) {
    const linked =
      l.state === "linked" ? ((await getOutsideList({ ctx, id: l.id })).summary?.both ?? null) : null;
    out.push(toPrakerjaList(l, byList.get(l.id) ?? EMPTY, linked));
  }
  return out;
}

export async function listPrakerjaRows({ ctx, id }: { ctx: Ctx; id: string }): Promise<PrakerjaRow[]> {
  requirePermission(ctx, "training.prakerja.read");
  await getOutsideList({ ctx, id }); // 404 when the list is not visible
  return tx(ctx, (t) =>
    t
      .select({
        rowNumber: prakerjaRows.rowNumber,
        sheet: prakerjaRows.sheet,
        name: prakerjaRows.name,
        wave: prakerjaRows.wave,
        statusText: prakerjaRows.statusText,
        registered: prakerjaRows.registered,
        passed: prakerjaRows.passed,
        incentive: prakerjaRows.incentive,
      })
      .from(prakerjaRows)
      .where(eq(prakerjaRows.listId, id))
      .orderBy(prakerjaRows.sheet, prakerjaRows.rowNumber)
      .limit(5_000),
  );
}

/** The Prakerja rows of a business's owner: found by NIK or by the link run, strongest first. */
export async function prakerjaForBusiness({
  ctx,
  businessId,
}: {
  ctx: Ctx;
  businessId: string;
}): Promise<PrakerjaOwnerStatus[]> {
  requirePermission(ctx, "training.prakerja.read");
  const brief = await getBusinessBrief({ ctx, id: businessId });
  if (!brief) throw new AppError("NOT_FOUND");
  const owner = await tx(ctx, (t) => findPersonRow(t, brief.ownerId));
  const query = { businessId, personId: brief.ownerId, ...(owner?.nik ? { nik: owner.nik } : {}) };
  const evidence = (await findOnOutsideLists({ ctx, query })).filter(
    (e) => e.kind === "prakerja" && e.decision === "match",
  );
  const out: PrakerjaOwnerStatus[] = [];
  for (const e of evidence) {
    const [row] = await tx(ctx, (t) =>
      t
        .select()
        .from(prakerjaRows)
        .where(and(eq(prakerjaRows.listId, e.listId), eq(prakerjaRows.rowNumber, e.rowNumber)))
        .limit(1),
    );
    if (!row) continue;
    const { wave, registered, passed, incentive } = row;
    out.push({
      listId: e.listId,
      listName: e.listName,
      asOf: e.asOf,
      via: e.via,
      wave,
      registered,
      passed,
      incentive,
    });
  }
  return out;
}
