// For the aid module: is this person / NIK / business on an outside list (one list or any), and on
// what evidence — the row carrying the same NIK, or the row the last link run matched to the record.
import { and, eq, ne, or, type SQL } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import type { OutsideListEvidence, OutsideListQuery } from "../contract-lists";
import { cleanNik } from "../domain/nik";
import { requirePermission } from "../permissions";
import { listRows, lists } from "../schema";

/**
 * Evidence that the subject appears on outside lists, strongest first. Give at least one of nik,
 * personId or businessId; `listId` narrows to one list. Runs in the caller's scope (RLS).
 */
export async function findOnOutsideLists({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: OutsideListQuery;
}): Promise<OutsideListEvidence[]> {
  requirePermission(ctx, "linkage.read");
  const nik = query.nik ? cleanNik(query.nik) : "";
  const arms: SQL[] = [];
  if (nik !== "") arms.push(eq(listRows.nik, nik));
  const linked = (c: SQL) => and(c, ne(listRows.decision, "none"));
  if (query.personId) {
    const c = linked(eq(listRows.matchPersonId, query.personId));
    if (c) arms.push(c);
  }
  if (query.businessId) {
    const c = linked(eq(listRows.matchBusinessId, query.businessId));
    if (c) arms.push(c);
  }
  if (arms.length === 0)
    throw new AppError("VALIDATION", {
      text: { id: "Isi NIK, orang atau usaha.", en: "Give a NIK, person or business." },
    });
  const rows = await tx(ctx, (t) =>
    t
      .select({ row: listRows, list: { id: lists.id, name: lists.name, kind: lists.kind, asOf: lists.asOf } })
      .from(listRows)
      .innerJoin(lists, eq(lists.id, listRows.listId))
      .where(and(or(...arms), query.listId ? eq(listRows.listId, query.listId) : undefined))
      .limit(200),
  );
  const out: OutsideListEvidence[] = rows.map(({ row, list }) => {
    const viaNik = nik !== "" && row.nik === nik;
    return {
      listId: list.id,
      listName: list.name,
      kind: list.kind,
      asOf: list.asOf,
      rowNumber: row.rowNumber,
      via: viaNik ? "nik" : "link",
      decision: viaNik ? "match" : row.decision,
      weight: row.weight,
      probability: viaNik ? 1 : row.probability,
    };
  });
  return out.sort((a, b) => (b.probability ?? 0) - (a.probability ?? 0));
}

/** Convenience for eligibility rules: true when any evidence is a match. */
export async function isOnOutsideList({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: OutsideListQuery;
}): Promise<boolean> {
  return (await findOnOutsideLists({ ctx, query })).some((e) => e.decision === "match");
}
