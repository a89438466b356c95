// Merging one business record into another and undoing it. The merge row keeps the exact
// before-state of both businesses and of the pairs it touched, so undo writes it back unchanged.
import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit } from "../../access";
import { type BusinessMergeState, readMergeState, writeMergeState } from "../../registry";
import { entityUuid } from "../dedup/entity-uuid";
import { commonRegion } from "../dedup/read-register";
import { newEntityId } from "../domain/entity-ids";
import { linkageError } from "../errors";
import type { MergeRow, PairRow } from "../repository";
import { merges, pairs } from "../schema";

export type MergeBefore = {
  survivor: BusinessMergeState;
  merged: BusinessMergeState;
  pair: { status: PairRow["status"] } | null;
  /** Other open/skipped pairs of the merged record, set to "superseded" by the merge. */
  superseded: Array<{ id: string; status: PairRow["status"] }>;
};

/** Marks `mergedId` merged into `survivorId` (inside the caller's transaction) and audits it. */
export async function mergeBusinesses(
  t: Tx,
  ctx: Ctx,
  o: { survivorId: string; mergedId: string; pair: PairRow | null },
): Promise<MergeRow> {
  const survivor = await readMergeState(t, o.survivorId);
  const merged = await readMergeState(t, o.mergedId);
  if (!survivor || !merged || survivor.status === "merged" || merged.status === "merged") {
    throw linkageError("STALE_PAIR");
  }
  const entityId = survivor.entityId ?? entityUuid(newEntityId(o.survivorId));
  const others = await t
    .select({ id: pairs.id, status: pairs.status })
    .from(pairs)
    .where(
      and(
        inArray(pairs.status, ["open", "skipped"]),
        or(eq(pairs.recordA, o.mergedId), eq(pairs.recordB, o.mergedId)),
        o.pair ? ne(pairs.id, o.pair.id) : undefined,
      ),
    );
  const { regionCode: sr, ...survivorState } = survivor;
  const { regionCode: mr, ...mergedState } = merged;
  const before: MergeBefore = {
    survivor: survivorState,
    merged: mergedState,
    pair: o.pair ? { status: o.pair.status } : null,
    superseded: others,
  };
  const now = ctx.now.toISOString();
  const after = {
    survivor: { ...survivorState, entityId, updatedAt: now },
    merged: { status: "merged" as const, entityId, updatedAt: now },
  };
  if (survivor.entityId !== entityId) await writeMergeState(t, o.survivorId, after.survivor);
  await writeMergeState(t, o.mergedId, after.merged);
  const id = newId();
  const [row] = await t
    .insert(merges)
    .values({
      id,
      regionCode: commonRegion(sr, mr),
      pairId: o.pair?.id ?? null,
      survivorId: o.survivorId,
      mergedId: o.mergedId,
      before,
      after,
      mergedById: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      mergedByName: actorName(ctx.actor),
      mergedAt: ctx.now,
    })
    .returning();
  if (!row) throw new AppError("INTERNAL");
  if (others.length > 0) {
    await t
      .update(pairs)
      .set({ status: "superseded", mergeId: id, updatedAt: ctx.now })
      .where(
        inArray(
          pairs.id,
          others.map((p) => p.id),
        ),
      );
  }
  await recordAudit(t, ctx, {
    action: "linkage.merge",
    entityType: "business",
    entityId: o.mergedId,
    entityRegion: mr,
    before: { merged: mergedState, survivor: survivorState },
    after: { ...after, survivorId: o.survivorId, mergeId: id, pairId: o.pair?.id ?? null },
  });
  return row;
}

/** Writes the before-state back (inside the caller's transaction) and audits the undo. */
export async function undoMergeRow(t: Tx, ctx: Ctx, m: MergeRow): Promise<void> {
  const before = m.before as MergeBefore;
  const current = await readMergeState(t, m.mergedId);
  if (current?.status !== "merged" || !current) throw linkageError("STALE_PAIR");
  await writeMergeState(t, m.mergedId, before.merged);
  const survivorNow = await readMergeState(t, m.survivorId);
  if (survivorNow && survivorNow.entityId !== before.survivor.entityId)
    await writeMergeState(t, m.survivorId, before.survivor);
  if (m.pairId && before.pair) {
    await t
      .update(pairs)
      .set({
        status: before.pair.status,
        decidedById: null,
        decidedByName: null,
        decidedAt: null,
        mergeId: null,
        updatedAt: ctx.now,
      })
      .where(eq(pairs.id, m.pairId));
  }
  for (const p of before.superseded) {
    await t
      .update(pairs)
      .set({ status: p.status, mergeId: null, updatedAt: ctx.now })
      .where(and(eq(pairs.id, p.id), eq(pairs.mergeId, m.id)));
  }
  await t
    .update(merges)
    .set({ undoneAt: ctx.now, undoneByName: actorName(ctx.actor) })
    .where(eq(merges.id, m.id));
  await recordAudit(t, ctx, {
    action: "linkage.undo-merge",
    entityType: "business",
    entityId: m.mergedId,
    entityRegion: current.regionCode,
    before: { merged: { status: current.status, entityId: current.entityId, updatedAt: current.updatedAt } },
    after: { merged: before.merged, survivor: before.survivor, mergeId: m.id },
  });
}
