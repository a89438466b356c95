import { and, eq, inArray } from "drizzle-orm";
import { maskPhone } from "../../../../shared/mask";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { expireOverdue } from "../allocation/expire-unpaid";
import type { TrackedOrder } from "../contract";
import {
  type AllocationResult,
  explainAllocation,
  explainOffer,
  normaliseOrderCode,
  type OrderAllocation,
  orderCodeProblem,
  type WaitlistOffer,
} from "../domain";
import { deliveryOf } from "../fulfilment/deliveries";
import { toPlutInfo } from "../fulfilment/plut-settings";
import { products } from "../schema";
import { plutSettings } from "../schema-money";
import { allocationRuns, orderItems, orders } from "../schema-orders";
import { checkPhoneLast4, hidePhone } from "./order-privacy";
import { storeCtx } from "./store-ctx";

export type RunSummary = Omit<AllocationResult, "allocations">;

/** The buyer-facing text of one allocated line, in the requester's language. */
export function explainLine(
  summary: RunSummary,
  allocation: OrderAllocation & { offer?: Omit<WaitlistOffer, "orderId"> },
  lang: "id" | "en",
): string | null {
  const result: AllocationResult = { ...summary, allocations: [allocation] };
  const text = explainAllocation(result, allocation.orderId, lang) ?? null;
  const unit = lang === "id" ? summary.unit.id : summary.unit.en;
  return allocation.offer && text ? `${text} ${explainOffer(allocation.offer, unit, lang)}` : text;
}

function notFoundCode(text?: { id: string; en: string }): AppError {
  return new AppError("NOT_FOUND", {
    text: text ?? { id: "Pesanan dengan kode ini tidak ditemukan.", en: "No order has this code." },
  });
}

/** Check on read: overdue allocations of the order's supply day expire before the buyer looks. */
export async function expireOverdueOfCode(ctx: Ctx, code: string): Promise<void> {
  const day = await tx(storeCtx(ctx), async (t) => {
    const [row] = await t
      .select({ supplyDate: orders.supplyDate })
      .from(orders)
      .where(and(eq(orders.code, code), eq(orders.mode, "preorder")))
      .limit(1);
    return row?.supplyDate ?? null;
  });
  if (day) await expireOverdue(ctx, { supplyDate: day });
}

/** An order as its buyer sees it by its code: status, lines and why each line received what it did. */
export async function trackOrder({
  ctx,
  code,
  phoneLast4,
}: {
  ctx: Ctx;
  code: string;
  phoneLast4?: string | undefined;
}): Promise<TrackedOrder> {
  const parsed = normaliseOrderCode(code);
  if (!parsed.ok) {
    throw notFoundCode({
      id: orderCodeProblem(parsed, "id") ?? "",
      en: orderCodeProblem(parsed, "en") ?? "",
    });
  }
  await expireOverdueOfCode(ctx, parsed.code);
  return tx(storeCtx(ctx), async (t) => {
    const [order] = await t.select().from(orders).where(eq(orders.code, parsed.code)).limit(1);
    if (!order) throw notFoundCode();
    const revealed = phoneLast4 !== undefined && checkPhoneLast4(order.code, order.buyerPhone, phoneLast4);
    const lines = await t
      .select({ item: orderItems, productName: products.name, unit: products.unit })
      .from(orderItems)
      .innerJoin(products, eq(products.id, orderItems.productId))
      .where(eq(orderItems.orderId, order.id));
    const runIds = [
      ...new Set(lines.map((l) => l.item.allocationRunId).filter((x): x is string => x !== null)),
    ];
    const runs = runIds.length
      ? await t
          .select({ id: allocationRuns.id, summary: allocationRuns.summary })
          .from(allocationRuns)
          .where(inArray(allocationRuns.id, runIds))
      : [];
    const [plut] = await t
      .select()
      .from(plutSettings)
      .where(eq(plutSettings.regionCode, order.regionCode))
      .limit(1);
    const items = lines.map(({ item, productName, unit }) => {
      const run = runs.find((r) => r.id === item.allocationRunId);
      const explanation =
        run && item.allocation
          ? explainLine(run.summary as RunSummary, item.allocation as OrderAllocation, ctx.lang)
          : null;
      return {
        productId: item.productId,
        productName,
        unit,
        quantity: item.quantity,
        allocated: item.allocated ?? 0,
        unitPrice: item.unitPrice,
        explanation,
      };
    });
    const texts = items.map((i) => i.explanation).filter((x): x is string => x !== null);
    const offers = lines.map((l) => (l.item.allocation as { offer?: { held?: number } } | null)?.offer);
    const offer =
      order.message !== "waitlist_offer"
        ? null
        : offers.some((o) => (o?.held ?? 0) > 0)
          ? "topup"
          : "waitlist";
    return {
      code: order.code,
      mode: order.mode,
      status: order.status,
      paymentStatus: order.paymentStatus,
      supplyDate: order.supplyDate,
      createdAt: order.createdAt.toISOString(),
      buyer: {
        revealed,
        name: revealed ? order.buyerName : null,
        phone: revealed ? maskPhone(order.buyerPhone) : hidePhone(order.buyerPhone),
        type: order.buyerType,
        institution: revealed ? order.institution : null,
      },
      fulfilment: {
        method: order.fulfilment,
        address: revealed ? order.deliveryAddress : null,
        regionCode: order.originRegionCode,
      },
      items,
      total: order.total,
      transferAmount: order.transferAmount,
      explanation: texts.length ? texts.join(" ") : null,
      message: order.message,
      offer,
      plut: plut ? toPlutInfo(plut) : null,
      payBy: order.payBy?.toISOString() ?? null,
      regionCode: order.regionCode,
      delivery: await deliveryOf(t, order.id),
    };
  });
}
