// Undo of a whole committed batch: deletes its businesses (impact cascades), its new owners and its
// sources; refused, with the reason, when records of the batch were since merged, edited, given
// kendala or used by another module (a foreign key holds them). One audit event for the batch.
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { AppError, conflict } from "../../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../../access";
import { registryError } from "../../errors";
import { requirePermission } from "../../permissions";
import { recordSources } from "../../schema";
import { importBatches } from "../../schema-import";
import { loadBatch, presentBatch } from "./batch-rows";
import type { ImportBatch } from "./contract";

const refused = (id: string, en: string) =>
  registryError("IMPORT_UNDO_REFUSED", {
    text: { id: `Batch tidak dapat dibatalkan: ${id}`, en: `The batch cannot be undone: ${en}` },
  });

const batchIds = (batchId: string, type: "person" | "business") =>
  sql`(select entity_id from registry.record_sources where import_batch_id = ${batchId} and entity_type = ${type})`;

async function whyNot(t: Tx, batchId: string, committedAt: Date): Promise<AppError | null> {
  const r = await t.execute<{ merged: number; edited: number; kendala: number }>(sql`
    select
      count(*) filter (where b.status <> 'active')::int as merged,
      count(*) filter (where b.updated_at > ${committedAt})::int as edited,
      -- kendala the import itself opened (from the file's kendala column) do not block the undo
      (select count(*) from registry.constraints c where c.business_id in ${batchIds(batchId, "business")}
        and c.updated_at > ${committedAt})::int as kendala
    from registry.businesses b where b.id in ${batchIds(batchId, "business")}`);
  const row = r.rows[0];
  if (!row) return null;
  if (row.merged > 0)
    return refused(
      `${row.merged} usaha dari batch ini sudah digabung dengan data lain (duplikat).`,
      `${row.merged} businesses were merged.`,
    );
  if (row.edited > 0)
    return refused(
      `${row.edited} usaha dari batch ini sudah diubah setelah impor.`,
      `${row.edited} businesses were edited after the import.`,
    );
  if (row.kendala > 0)
    return refused(
      `${row.kendala} kendala sudah dicatat pada usaha dari batch ini.`,
      `${row.kendala} constraints were recorded.`,
    );
  return null;
}

function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e?.cause?.code ?? e?.code) === "23503";
}

export async function undoImport({ ctx, id }: { ctx: Ctx; id: string }): Promise<ImportBatch> {
  requirePermission(ctx, "registry.import");
  try {
    return await tx(ctx, async (t) => {
      const batch = await loadBatch(t, id, true);
      requireScope(ctx, batch.regionCode);
      if (batch.status !== "committed" || !batch.committedAt) {
        throw conflict({
          id: "Hanya batch yang sudah disimpan yang dapat dibatalkan.",
          en: "Only a committed batch can be undone.",
        });
      }
      const reason = await whyNot(t, id, batch.committedAt);
      if (reason) throw reason;
      await t.execute(sql`delete from registry.businesses where id in ${batchIds(id, "business")}`);
      await t.execute(sql`delete from registry.persons where id in ${batchIds(id, "person")}`);
      await t.delete(recordSources).where(and(eq(recordSources.importBatchId, id)));
      const [row] = await t
        .update(importBatches)
        .set({ status: "undone", undoneAt: ctx.now, undoneByName: actorName(ctx.actor) })
        .where(eq(importBatches.id, id))
        .returning();
      if (!row) throw new AppError("INTERNAL");
      await recordAudit(t, ctx, {
        action: "registry.import-undo",
        entityType: "import_batch",
        entityId: id,
        entityRegion: batch.regionCode,
        before: { status: "committed", rowsImported: batch.rowsImported },
        after: { status: "undone", rowsRemoved: batch.rowsImported },
      });
      return presentBatch(row);
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) {
      throw refused(
        "data dari batch ini sudah dipakai modul lain (bantuan, pasar, pelatihan, atau usaha lain milik pemilik yang sama).",
        "records of this batch are used elsewhere.",
      );
    }
    throw err;
  }
}
