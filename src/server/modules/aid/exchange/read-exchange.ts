// Reading the exchange: reconciliation (live totals, stored findings), bank batches, and acting on
// a finding (a written note of what was done: recovery asked, name confirmed, ...).
import { and, asc, desc, eq, isNull, type SQL } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { requirePermission } from "../permissions";
import { proposalInScope } from "../proposals/manage-proposals";
import { computeReconciliation } from "../proposals/reconcile-proposal";
import { findProgramme } from "../repository";
import { disbursementBatches, reconciliationFindings } from "../schema-exchange";
import type {
  BatchOut,
  FindingOut,
  ReconciliationOut,
  ReconciliationQuery,
  ResolveBody,
} from "./contract-exchange";

type FindingRow = typeof reconciliationFindings.$inferSelect;

const toFinding = (f: FindingRow): FindingOut => ({
  id: f.id,
  kind: f.kind,
  nikMasked: maskIdentity(f.nik) ?? "",
  detail: f.detail,
  status: f.status,
  note: f.note,
  resolvedBy: f.resolvedBy,
  resolvedAt: f.resolvedAt?.toISOString() ?? null,
  createdAt: f.createdAt.toISOString(),
});

export async function getReconciliation({
  ctx,
  proposalId,
  query,
}: {
  ctx: Ctx;
  proposalId: string;
  query: ReconciliationQuery;
}): Promise<ReconciliationOut> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    const programme = await findProgramme(t, proposal.programmeId);
    if (!programme) throw notFound();
    const rec = await computeReconciliation(t, ctx, proposal, programme);
    const where: SQL[] = [
      eq(reconciliationFindings.proposalId, proposalId),
      isNull(reconciliationFindings.goneAt),
    ];
    if (query.kind) where.push(eq(reconciliationFindings.kind, query.kind));
    if (query.status) where.push(eq(reconciliationFindings.status, query.status));
    const rows = await t
      .select()
      .from(reconciliationFindings)
      .where(and(...where))
      .orderBy(asc(reconciliationFindings.kind), asc(reconciliationFindings.nik))
      .limit(query.limit);
    const all = await t
      .select({ kind: reconciliationFindings.kind })
      .from(reconciliationFindings)
      .where(and(eq(reconciliationFindings.proposalId, proposalId), isNull(reconciliationFindings.goneAt)));
    const byKind: Record<string, number> = {};
    for (const f of all) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    return {
      proposed: rec.proposed,
      approved: rec.approved,
      paid: rec.paid,
      paidAmount: rec.paidAmount,
      byKind,
      findings: rows.map(toFinding),
    };
  });
}

export async function resolveFinding({
  ctx,
  proposalId,
  findingId,
  input,
}: {
  ctx: Ctx;
  proposalId: string;
  findingId: string;
  input: ResolveBody;
}): Promise<FindingOut> {
  requirePermission(ctx, "aid.verify");
  return tx(ctx, async (t) => {
    await proposalInScope(t, ctx, proposalId);
    const [before] = await t
      .select()
      .from(reconciliationFindings)
      .where(and(eq(reconciliationFindings.id, findingId), eq(reconciliationFindings.proposalId, proposalId)))
      .limit(1);
    if (!before) throw notFound();
    const [row] = await t
      .update(reconciliationFindings)
      .set({ status: "resolved", note: input.note, resolvedBy: actorName(ctx.actor), resolvedAt: ctx.now })
      .where(eq(reconciliationFindings.id, findingId))
      .returning();
    await recordAudit(t, ctx, {
      action: "aid.resolve-finding",
      entityType: "aid_finding",
      entityId: findingId,
      entityRegion: before.regionCode,
      before: { status: before.status, note: before.note },
      after: { status: "resolved", note: input.note },
    });
    return toFinding(row!);
  });
}

export async function listBatches({
  ctx,
  proposalId,
}: {
  ctx: Ctx;
  proposalId: string;
}): Promise<BatchOut[]> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    await proposalInScope(t, ctx, proposalId);
    const rows = await t
      .select()
      .from(disbursementBatches)
      .where(eq(disbursementBatches.proposalId, proposalId))
      .orderBy(desc(disbursementBatches.importedAt));
    return rows.map((b) => ({
      id: b.id,
      fileName: b.fileName,
      sha256: b.sha256,
      status: b.status,
      conflicts: b.conflicts.map((c) => ({ row: c.row, code: c.code, message: c.text[ctx.lang] })),
      rowCount: b.rowCount,
      paidCount: b.paidCount,
      paidAmount: b.paidAmount,
      importedBy: b.importedBy,
      importedAt: b.importedAt.toISOString(),
    }));
  });
}
