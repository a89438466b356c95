// What the buyer sees to pay an order: a dynamic QRIS with the exact amount (built from the PLUT's
// static payload), or a bank transfer of the total plus a unique code so a statement line points at
// one order; and the transfer proof the buyer uploads for the konsultan to verify (never proof alone).
import { randomInt } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, tx } from "../../access";
import type { PaymentOptions } from "../contract";
import { assignTransferAmount, buildDynamicQris, normaliseOrderCode } from "../domain";
import { isAwaitingPayment } from "../domain/order-flow";
import { awaitingPaymentSql } from "../orders/order-facts";
import { requireMove } from "../orders/order-moves";
import { storeCtx } from "../orders/store-ctx";
import { payments, plutSettings } from "../schema-money";
import { orders } from "../schema-orders";
import { proofMime, replacePendingProof } from "./proof-file";

type OrderRow = typeof orders.$inferSelect;

const notFound = () =>
  new AppError("NOT_FOUND", {
    text: { id: "Pesanan dengan kode ini tidak ditemukan.", en: "No order has this code." },
  });

export async function orderByCode(t: Tx, code: string, lock = false): Promise<OrderRow> {
  const parsed = normaliseOrderCode(code);
  if (!parsed.ok) throw notFound();
  const q = t.select().from(orders).where(eq(orders.code, parsed.code)).limit(1);
  const [order] = lock ? await q.for("update") : await q;
  if (!order) throw notFound();
  return order;
}

/** The buyer may pay: the order is awaiting payment (one definition, in the order life-cycle). */
export function isPayable(order: OrderRow): boolean {
  return isAwaitingPayment(order);
}

async function transferAmountFor(
  t: Tx,
  order: OrderRow,
): Promise<{ amount: number; uniqueCode: number } | null> {
  if (order.transferAmount)
    return { amount: order.transferAmount, uniqueCode: order.transferAmount - order.total };
  const open = await t
    .select({ amount: orders.transferAmount })
    .from(orders)
    .where(
      and(
        eq(orders.regionCode, order.regionCode),
        isNotNull(orders.transferAmount),
        awaitingPaymentSql("orders"),
      ),
    );
  const assigned = assignTransferAmount({
    base: order.total,
    openAmounts: new Set(open.map((o) => o.amount ?? 0)),
    random: randomInt,
  });
  if (!assigned.ok) return null;
  await t.update(orders).set({ transferAmount: assigned.amount }).where(eq(orders.id, order.id));
  return { amount: assigned.amount, uniqueCode: assigned.uniqueCode };
}

/** Payment options of an order by its code (public: the code is the buyer's key to the order). */
export async function getPaymentOptions({ ctx, code }: { ctx: Ctx; code: string }): Promise<PaymentOptions> {
  return tx(storeCtx(ctx), async (t) => {
    const order = await orderByCode(t, code, true);
    const base = { code: order.code, paymentStatus: order.paymentStatus, amount: order.total };
    if (!isPayable(order)) return { ...base, payable: false, qris: null, transfer: null };
    const [plut] = await t
      .select()
      .from(plutSettings)
      .where(eq(plutSettings.regionCode, order.regionCode))
      .limit(1);
    const qris = plut?.staticQris
      ? buildDynamicQris({ staticPayload: plut.staticQris, amount: order.total, billNumber: order.code })
      : null;
    const transfer = plut?.bankAccount ? await transferAmountFor(t, order) : null;
    return {
      ...base,
      payable: true,
      qris: qris?.ok ? qris.payload : null,
      transfer: transfer && plut?.bankAccount ? { ...transfer, account: plut.bankAccount } : null,
    };
  });
}

/** The buyer's transfer proof: the order waits for the konsultan to check it against the bank. */
export async function submitTransferProof({
  ctx,
  code,
  file,
}: {
  ctx: Ctx;
  code: string;
  file: { name: string; mime: string; data: Buffer };
}) {
  const mime = proofMime(file.data);
  return tx(storeCtx(ctx), async (t) => {
    const order = await orderByCode(t, code, true);
    const to = requireMove(order, "submit_proof");
    const stored = await storeFile(t, { ...file, mime, uploadedBy: actorName(ctx.actor) });
    const amount = order.transferAmount ?? order.total;
    if (!(await replacePendingProof(t, order.id, { fileId: stored.id, amount }))) {
      await t.insert(payments).values({
        id: newId(),
        regionCode: order.regionCode,
        orderId: order.id,
        method: "transfer",
        amount,
        status: "pending",
        proofFileId: stored.id,
      });
    }
    await t
      .update(orders)
      .set({ paymentStatus: to.paymentStatus, paymentMethod: "transfer", updatedAt: ctx.now })
      .where(eq(orders.id, order.id));
    return { code: order.code, paymentStatus: "pending" as const };
  });
}
