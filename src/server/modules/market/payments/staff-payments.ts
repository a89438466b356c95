// Payments as the konsultan checks them: transfers waiting with their proof, accepted only after
// seeing the money in the PLUT's account (a screenshot alone is never proof), and a bank statement
// matched against open orders by the domain's matcher — every match is confirmed by a person.
import { and, desc, eq, ne } from "drizzle-orm";
import { AppError, notFound } from "../../../platform/errors";
import { readFile } from "../../../platform/files";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { PendingPayment, StatementProposal, VerifyBody } from "../contract-payments";
import { matchStatement } from "../domain";
import { readStatementCsv } from "../domain/statement-csv";
import { plutToday } from "../domain/supply-day";
import { marketError } from "../errors";
import { awaitingPaymentSql } from "../orders/order-facts";
import { requireMove } from "../orders/order-moves";
import { requirePermission } from "../permissions";
import { payments } from "../schema-money";
import { orders } from "../schema-orders";

export async function listPendingPayments({ ctx }: { ctx: Ctx }): Promise<PendingPayment[]> {
  requirePermission(ctx, "market.read");
  return tx(ctx, async (t) => {
    const rows = await t
      .select({
        p: payments,
        code: orders.code,
        buyerName: orders.buyerName,
        buyerPhone: orders.buyerPhone,
        total: orders.total,
      })
      .from(payments)
      .innerJoin(orders, eq(orders.id, payments.orderId))
      // A proof of an order already paid another way is not waiting for anyone.
      .where(and(eq(payments.status, "pending"), ne(orders.paymentStatus, "paid")))
      .orderBy(desc(payments.createdAt))
      .limit(500);
    return rows.map((r) => ({
      id: r.p.id,
      orderId: r.p.orderId,
      code: r.code,
      buyerName: r.buyerName,
      buyerPhone: r.buyerPhone,
      method: r.p.method,
      amount: r.p.amount,
      orderTotal: r.total,
      hasProof: r.p.proofFileId !== null,
      createdAt: r.p.createdAt.toISOString(),
    }));
  });
}

/** Accepts a pending payment (the order is paid) or rejects it (the order waits for payment again). */
export async function verifyPayment({ ctx, id, input }: { ctx: Ctx; id: string; input: VerifyBody }) {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const [payment] = await t.select().from(payments).where(eq(payments.id, id)).for("update").limit(1);
    if (!payment) throw notFound();
    requireScope(ctx, payment.regionCode);
    const [order] = await t
      .select()
      .from(orders)
      .where(eq(orders.id, payment.orderId))
      .for("update")
      .limit(1);
    if (!order) throw notFound();
    // A paid order is never reverted here (a refund has its own route), whichever way it got paid.
    const to = requireMove(order, input.accept ? "accept_payment" : "reject_payment");
    if (payment.status !== "pending") {
      throw marketError("ORDER_STATE", {
        text: { id: "Pembayaran ini sudah diperiksa.", en: "This payment was already checked." },
      });
    }
    const status = input.accept ? ("confirmed" as const) : ("rejected" as const);
    await t
      .update(payments)
      .set({
        status,
        reference: input.reference ?? null,
        confirmedBy: actorName(ctx.actor),
        confirmedAt: ctx.now,
      })
      .where(eq(payments.id, id));
    await t
      .update(orders)
      .set({ paymentStatus: to.paymentStatus, updatedAt: ctx.now })
      .where(eq(orders.id, payment.orderId));
    await recordAudit(t, ctx, {
      action: input.accept ? "market.accept-payment" : "market.reject-payment",
      entityType: "payment",
      entityId: id,
      entityRegion: payment.regionCode,
      before: { status: "pending" },
      after: { status, amount: payment.amount },
    });
    return { id, status };
  });
}

export async function readPaymentProof({ ctx, id }: { ctx: Ctx; id: string }) {
  requirePermission(ctx, "market.read");
  return tx(ctx, async (t) => {
    const [payment] = await t.select().from(payments).where(eq(payments.id, id)).limit(1);
    if (!payment?.proofFileId) throw notFound();
    const file = await readFile(t, payment.proofFileId);
    if (!file) throw notFound();
    return file;
  });
}

/** Proposals for each credit line of a statement: which open order it pays, or why a person must look. */
export async function matchStatementCsv({
  ctx,
  csv,
}: {
  ctx: Ctx;
  csv: string;
}): Promise<StatementProposal[]> {
  requirePermission(ctx, "market.manage");
  const lines = readStatementCsv(csv);
  if (lines.length === 0)
    throw new AppError("VALIDATION", {
      issues: [
        { path: "csv", message: "Tidak ada baris kredit yang terbaca (tanggal, jumlah, keterangan)." },
      ],
    });
  return tx(ctx, async (t) => {
    const open = await t.select().from(orders).where(awaitingPaymentSql("orders")).limit(20_000);
    const byId = new Map(open.map((o) => [o.id, o]));
    const proposals = matchStatement(
      lines,
      open.map((o) => ({
        orderId: o.id,
        code: o.code,
        amount: o.transferAmount ?? o.total,
        createdOn: plutToday(o.regionCode, o.createdAt),
      })),
    );
    return proposals.map((p, i) => {
      const line = lines[i];
      const ids = p.kind === "match" ? [p.orderId] : p.kind === "review" ? p.orderIds : [];
      return {
        line: Number(line?.lineId ?? i + 1),
        date: line?.date ?? "",
        amount: line?.amount ?? 0,
        description: line?.description ?? "",
        kind: p.kind,
        orders: ids.flatMap((id) => {
          const o = byId.get(id);
          return o
            ? [{ id: o.id, code: o.code, buyerName: o.buyerName, amount: o.transferAmount ?? o.total }]
            : [];
        }),
        reason: p.kind === "review" ? p.reason : p.kind === "match" ? p.basis : null,
      };
    });
  });
}
