// Proposed vs approved vs paid for one proposal, and the findings people act on. Payments of the
// same NIKs under other proposals of the programme (other regions) count too: "paid twice" is
// mostly paid through two proposers.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import type { Ctx } from "../../access";
import { readAcrossRegions } from "../checks/cross-region";
import { type ListedRecipient, type Payment, type Reconciliation, reconcile } from "../domain";
import type { ProgrammeRow, ProposalRow } from "../repository";
import { proposalItems } from "../schema";
import { disbursementBatches, disbursementRows, reconciliationFindings } from "../schema-exchange";
import { latestSnapshot } from "./freeze-list";

export async function computeReconciliation(
  t: Tx,
  ctx: Ctx,
  proposal: ProposalRow,
  programme: ProgrammeRow,
): Promise<Reconciliation> {
  const items = await t.select().from(proposalItems).where(eq(proposalItems.proposalId, proposal.id));
  const snap = await latestSnapshot(t, proposal.id);
  const listed = new Set(snap?.itemIds ?? []);
  const recipients: ListedRecipient[] = items.map((i) => ({
    itemId: i.id,
    nik: i.nik,
    name: i.name,
    listed: listed.has(i.id),
    decision: i.decision,
    excludedReason: i.status === "removed" ? `removed: ${i.removedReason ?? ""}` : null,
  }));
  const own = await t
    .select({ r: disbursementRows })
    .from(disbursementRows)
    .innerJoin(disbursementBatches, eq(disbursementBatches.id, disbursementRows.batchId))
    .where(and(eq(disbursementRows.proposalId, proposal.id), eq(disbursementBatches.status, "accepted")));
  const niks = [...new Set(items.map((i) => i.nik))];
  const elsewhere = await readAcrossRegions(ctx.db, (x) =>
    x.execute<{
      batch_id: string;
      row: number;
      nik: string;
      name: string;
      amount: number;
      reference: string;
      status: "paid" | "failed";
    }>(sql`
      select r.batch_id, r.row, r.nik, r.name, r.amount, r.reference, r.status from aid.disbursement_rows r
      join aid.disbursement_batches b on b.id = r.batch_id and b.status = 'accepted'
      where r.programme_id = ${programme.id} and r.proposal_id <> ${proposal.id} and r.status = 'paid'
        and r.nik = any(${sql.param(niks)}::text[])`),
  );
  const payments: Payment[] = [
    ...own.map(({ r }) => ({
      batchId: r.batchId,
      row: r.row,
      nik: r.nik,
      name: r.name,
      amount: r.amount,
      reference: r.reference,
      status: r.status,
    })),
    ...elsewhere.rows.map((r) => ({
      batchId: r.batch_id,
      row: Number(r.row),
      nik: r.nik,
      name: r.name,
      amount: Number(r.amount),
      reference: `${r.reference} (usulan lain)`,
      status: r.status,
    })),
  ];
  return reconcile({ amount: programme.amount, recipients, payments });
}

/** Stores findings: new ones open, known ones updated (their resolution kept), vanished ones marked gone. */
export async function storeFindings(
  t: Tx,
  ctx: Ctx,
  proposal: ProposalRow,
  rec: Reconciliation,
): Promise<void> {
  const existing = await t
    .select()
    .from(reconciliationFindings)
    .where(eq(reconciliationFindings.proposalId, proposal.id));
  const byKey = new Map(existing.map((f) => [f.key, f]));
  const fresh = new Set(rec.findings.map((f) => f.key));
  const inserts = rec.findings.filter((f) => !byKey.has(f.key));
  for (let i = 0; i < inserts.length; i += 1000) {
    await t.insert(reconciliationFindings).values(
      inserts.slice(i, i + 1000).map((f) => ({
        id: newId(),
        proposalId: proposal.id,
        regionCode: proposal.regionCode,
        key: f.key,
        kind: f.kind,
        nik: f.nik,
        detail: f.detail,
        createdAt: ctx.now,
      })),
    );
  }
  const known = rec.findings.flatMap((f) => {
    const old = byKey.get(f.key);
    return old ? [{ id: old.id, detail: JSON.stringify(f.detail) }] : [];
  });
  for (let i = 0; i < known.length; i += 2000) {
    const part = known.slice(i, i + 2000);
    await t.execute(sql`update aid.reconciliation_findings f set detail = u.detail, gone_at = null
      from (select unnest(${sql.param(part.map((k) => k.id))}::uuid[]) as id, unnest(${sql.param(part.map((k) => k.detail))}::jsonb[]) as detail) u
      where f.id = u.id`);
  }
  const gone = existing.filter((f) => !fresh.has(f.key) && f.goneAt === null).map((f) => f.id);
  if (gone.length > 0) {
    await t
      .update(reconciliationFindings)
      .set({ goneAt: ctx.now })
      .where(and(inArray(reconciliationFindings.id, gone), isNull(reconciliationFindings.goneAt)));
  }
}
