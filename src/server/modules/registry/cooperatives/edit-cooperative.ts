// A cooperative's page (its data and the history of changes) and its correction: scope-checked,
// validated like a new cooperative, audited with before and after.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { type Ctx, readAuditTrail, recordAudit, requireScope, tx } from "../../access";
import type { Cooperative, CooperativePage, UpdateCooperativeBody } from "../contract-cooperatives";
import { nameKey } from "../domain/names";
import { requirePermission } from "../permissions";
import { regionExists, regionNames } from "../register/repository";
import { toHistoryEvent } from "../register/repository-page";
import { throwIfIssues } from "../register/validate-input";
import { cooperatives } from "../schema";
import { toCooperative } from "./manage-cooperatives";

type Row = typeof cooperatives.$inferSelect;

async function findCooperative(t: Tx, ctx: Ctx, id: string): Promise<Row> {
  const [row] = await t.select().from(cooperatives).where(eq(cooperatives.id, id)).limit(1);
  if (!row) throw notFound();
  requireScope(ctx, row.regionCode);
  return row;
}

async function present(t: Tx, row: Row): Promise<Cooperative> {
  const names = await regionNames(t, [row.regionCode]);
  return toCooperative(row, names.get(row.regionCode) ?? null);
}

export async function getCooperative({ ctx, id }: { ctx: Ctx; id: string }): Promise<CooperativePage> {
  requirePermission(ctx, "registry.read");
  return tx(ctx, async (t) => {
    const row = await findCooperative(t, ctx, id);
    const events = await readAuditTrail(t, [{ entityType: "cooperative", ids: [id] }]);
    return { cooperative: await present(t, row), history: events.map(toHistoryEvent) };
  });
}

export async function updateCooperative({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdateCooperativeBody;
}): Promise<Cooperative> {
  requirePermission(ctx, "registry.write");
  if (input.regionCode) requireScope(ctx, input.regionCode);
  return tx(ctx, async (t) => {
    const before = await findCooperative(t, ctx, id);
    if (input.regionCode && !(await regionExists(t, input.regionCode)))
      throwIfIssues([{ path: "regionCode", code: "REGION_UNKNOWN" }], ctx.lang);
    const name = input.name ?? before.name;
    const [row] = await t
      .update(cooperatives)
      .set({
        name,
        nameNorm: nameKey(name),
        ...(input.legalEntityNumber !== undefined && { legalEntityNumber: input.legalEntityNumber || null }),
        ...(input.members !== undefined && { members: input.members }),
        ...(input.sector !== undefined && { sector: input.sector }),
        ...(input.street !== undefined && { street: input.street || null }),
        ...(input.regionCode !== undefined && { regionCode: input.regionCode }),
        updatedAt: ctx.now,
      })
      .where(eq(cooperatives.id, id))
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await recordAudit(t, ctx, {
      action: "registry.update-cooperative",
      entityType: "cooperative",
      entityId: id,
      entityRegion: row.regionCode,
      before,
      after: row,
    });
    return present(t, row);
  });
}
