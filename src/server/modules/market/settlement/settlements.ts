// Producer settlement per period: units sold × price × the producer's share, minus returns, plus
// damage the PLUT carries; computed by the domain's settle(), stored per producer, marked paid.
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { SettlementRow } from "../contract-reports";
import { type ProducerStatement, settle } from "../domain";
import { plutZone } from "../domain/supply-day";
import { marketError } from "../errors";
import { requirePermission } from "../permissions";
import { producers } from "../schema";
import { settlements } from "../schema-money";
import { loadSettlementInput } from "./settlement-inputs";

export type Period = { from: string; to: string };

export function checkPeriod(period: Period): void {
  if (period.from > period.to)
    throw new AppError("VALIDATION", { issues: [{ path: "to", message: "Akhir periode sebelum awalnya." }] });
}

export type ComputedSettlement = {
  statements: ProducerStatement[];
  saleItemIds: string[];
  returnItemIds: string[];
};

export async function computeSettlement(ctx: Ctx, t: Tx, period: Period): Promise<ComputedSettlement> {
  const scope = ctx.actor.scope === "*" ? "62" : ctx.actor.scope;
  const { input, saleItemIds, returnItemIds } = await loadSettlementInput(t, period, plutZone(scope));
  const result = settle(input);
  if (!result.ok)
    throw marketError("SETTLEMENT_INVALID", {
      text: {
        id: `Penyelesaian tidak bisa dihitung (${result.error.code}).`,
        en: `The settlement cannot be computed (${result.error.code}).`,
      },
    });
  return { statements: result.statements, saleItemIds, returnItemIds };
}

function toRow(s: ProducerStatement, name: string, stored?: typeof settlements.$inferSelect): SettlementRow {
  return {
    id: stored?.id ?? null,
    producerId: s.producerId,
    producerName: name,
    unitsSold: s.unitsSold,
    unitsDamaged: s.unitsDamaged,
    netSales: s.netSales,
    producerShareBps: s.producerShareBps,
    producerShare: s.producerShare,
    plutFee: s.plutFee,
    damagedCompensation: s.damagedCompensation,
    payable: s.payable,
    status: stored ? stored.status : "preview",
    paidAt: stored?.paidAt?.toISOString() ?? null,
    periodFrom: stored?.periodFrom ?? null,
    periodTo: stored?.periodTo ?? null,
  };
}

export async function rowsFor(
  ctx: Ctx,
  t: Tx,
  period: Period,
  onlyProducer?: string,
): Promise<SettlementRow[]> {
  const stored = await t
    .select()
    .from(settlements)
    .where(and(eq(settlements.periodFrom, period.from), eq(settlements.periodTo, period.to)));
  const statements = stored.length
    ? stored.map((s) => s.statement as ProducerStatement)
    : (await computeSettlement(ctx, t, period)).statements;
  const ids = statements.map((s) => s.producerId).filter((id) => !onlyProducer || id === onlyProducer);
  if (ids.length === 0) return [];
  const names = await t
    .select({ id: producers.id, name: producers.name })
    .from(producers)
    .where(inArray(producers.id, ids));
  return statements
    .filter((s) => ids.includes(s.producerId))
    .map((s) =>
      toRow(
        s,
        names.find((n) => n.id === s.producerId)?.name ?? "",
        stored.find((x) => x.producerId === s.producerId),
      ),
    )
    .sort((a, b) => a.producerName.localeCompare(b.producerName));
}

/** The period's statements: stored ones when the period was settled, else a preview. */
export async function listSettlements({
  ctx,
  period,
}: {
  ctx: Ctx;
  period: Period;
}): Promise<SettlementRow[]> {
  requirePermission(ctx, "market.read");
  checkPeriod(period);
  return tx(ctx, (t) => rowsFor(ctx, t, period));
}

export async function markSettlementPaid({
  ctx,
  id,
}: {
  ctx: Ctx;
  id: string;
}): Promise<{ id: string; status: "paid" }> {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const [row] = await t.select().from(settlements).where(eq(settlements.id, id)).for("update").limit(1);
    if (!row) throw notFound();
    requireScope(ctx, row.regionCode);
    if (row.status === "paid")
      throw new AppError("CONFLICT", { text: { id: "Sudah ditandai dibayar.", en: "Already marked paid." } });
    await t
      .update(settlements)
      .set({ status: "paid", paidAt: ctx.now, paidBy: actorName(ctx.actor) })
      .where(eq(settlements.id, id));
    await recordAudit(t, ctx, {
      action: "market.pay-settlement",
      entityType: "settlement",
      entityId: id,
      entityRegion: row.regionCode,
      before: { status: row.status },
      after: { status: "paid", payable: row.payable },
    });
    return { id, status: "paid" };
  });
}

/** A producer's own statements (pelaku usaha): every settled period of the producer of their business. */
export async function listMySettlements({ ctx }: { ctx: Ctx }): Promise<SettlementRow[]> {
  requirePermission(ctx, "business.own");
  const businessId = ctx.actor.kind === "user" ? ctx.actor.businessId : null;
  if (!businessId) return [];
  return tx({ ...ctx, actor: { kind: "system", name: "own-business", scope: "*" } }, async (t) => {
    const [producer] = await t.select().from(producers).where(eq(producers.businessId, businessId)).limit(1);
    if (!producer) return [];
    const rows = await t
      .select()
      .from(settlements)
      .where(eq(settlements.producerId, producer.id))
      .orderBy(desc(settlements.periodFrom));
    return rows.map((r) => toRow(r.statement as ProducerStatement, producer.name, r));
  });
}
