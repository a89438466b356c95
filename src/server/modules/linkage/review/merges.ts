// Recent merges in scope and their undo.

import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import type { Merge } from "../contract";
import { linkageError } from "../errors";
import { requirePermission } from "../permissions";
import { findMerge, listMergeRows } from "../repository";
import { loadBusinessNames } from "./load-views";
import { undoMergeRow } from "./merge-records";
import { toMerge } from "./present";

export async function listMerges({ ctx }: { ctx: Ctx }): Promise<Merge[]> {
  requirePermission(ctx, "linkage.review");
  return tx(ctx, async (t) => {
    const rows = await listMergeRows(t, 50);
    const names = await loadBusinessNames(
      t,
      rows.flatMap((m) => [m.survivorId, m.mergedId]),
    );
    return rows.map((m) => toMerge(m, names));
  });
}

export async function undoMerge({ ctx, id }: { ctx: Ctx; id: string }): Promise<Merge> {
  requirePermission(ctx, "linkage.review");
  return tx(ctx, async (t) => {
    const m = await findMerge(t, id, true);
    if (!m) throw notFound();
    requireScope(ctx, m.regionCode);
    if (m.undoneAt) {
      throw linkageError("ALREADY_UNDONE");
    }
    await undoMergeRow(t, ctx, m);
    const after = await findMerge(t, id);
    const names = await loadBusinessNames(t, [m.survivorId, m.mergedId]);
    return toMerge(after ?? m, names);
  });
}
