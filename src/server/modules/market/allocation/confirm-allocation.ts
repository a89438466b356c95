import { eq, sql } from "drizzle-orm";
import { formatDateTimeId } from "../../../../shared/dates";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { addReadyStock, removeReadyStock } from "../consignment/take-stock";
import type { AllocationOut, ConfirmAllocationBody } from "../contract-orders";
import { type AllocationPolicy, type OrderAllocation, paymentDeadline } from "../domain";
import type { UnmetAction } from "../domain/market-enums";
import { cutoffInstant, plutZone } from "../domain/supply-day";
import { marketError } from "../errors";
import { requirePermission } from "../permissions";
import { allocationRuns } from "../schema-orders";
import { hashInputs, loadDayInputs, type QueuedPreOrder } from "./allocation-inputs";
import { alreadyConfirmed, lockUnconfirmedDay } from "./open-day";
import { computeAllocation, productForDay, toAllocationOut } from "./run-allocation";
import { paymentHours } from "./waitlist";

const stale = () => marketError("ALLOCATION_STALE");

const beforeCutoff = (cutoff: string) =>
  marketError("BEFORE_CUTOFF", {
    text: {
      id: `Pemesanan untuk tanggal ini baru ditutup ${cutoff}. Tunggu batas itu, atau pilih "Tutup pra-pesan sekarang".`,
      en: `Pre-orders for this date close at ${cutoff}. Wait until then, or choose "Close pre-orders now".`,
    },
  });

async function writeOrders(
  t: Tx,
  runId: string,
  allocations: OrderAllocation[],
  preOrders: QueuedPreOrder[],
  unmetAction: UnmetAction,
) {
  const byOrder = new Map(preOrders.map((o) => [o.orderId, o]));
  const rows = allocations.map((a) => ({
    item_id: byOrder.get(a.orderId)?.itemId,
    order_id: a.orderId,
    allocated: a.allocated,
    allocation: a,
    status: a.allocated > 0 ? "allocated" : unmetAction === "cancel" ? "cancelled" : "waitlisted",
    message:
      a.allocated > 0
        ? a.unmet > 0
          ? "partial"
          : null
        : unmetAction === "cancel"
          ? "cancelled_unmet"
          : "waitlisted",
  }));
  const json = JSON.stringify(rows);
  await t.execute(sql`
    update market.order_items i set allocated = v.allocated, allocation = v.allocation, allocation_run_id = ${runId}
    from jsonb_to_recordset(${json}::jsonb) as v(item_id uuid, allocated int, allocation jsonb)
    where i.id = v.item_id`);
  await t.execute(sql`
    update market.orders o set status = v.status, message = v.message, subtotal = v.allocated * i.unit_price,
      total = v.allocated * i.unit_price + o.delivery_fee, updated_at = now()
    from jsonb_to_recordset(${json}::jsonb) as v(order_id uuid, item_id uuid, allocated int, status text, message text),
      market.order_items i
    where o.id = v.order_id and i.id = v.item_id`);
  await t.execute(sql`
    update market.buyers b set open_orders = greatest(b.open_orders - c.n, 0)
    from (select o.buyer_id, count(*)::int as n from market.orders o
      join jsonb_to_recordset(${json}::jsonb) as v(order_id uuid, status text) on v.order_id = o.id
      where v.status = 'cancelled' group by o.buyer_id) c
    where b.id = c.buyer_id`);
}

async function moveStock(
  ctx: Ctx,
  t: Tx,
  day: { productId: string; regionCode: string; date: string },
  allocated: number,
  preorderNet: number,
  allocations: OrderAllocation[],
) {
  const actor = actorName(ctx.actor);
  const sales = allocations
    .filter((a) => a.allocated > 0)
    .map((a) => ({ id: newId(), order_id: a.orderId, delta: -a.allocated }));
  const transfer = preorderNet - allocated; // > 0: leftover goes on the shelf; < 0: units come off it
  if (transfer < 0) {
    const taken = await removeReadyStock(t, day.productId, -transfer);
    if (!taken.ok) throw stale();
  } else if (transfer > 0) {
    await addReadyStock(t, { productId: day.productId, regionCode: day.regionCode, quantity: transfer });
  }
  const moves =
    transfer === 0
      ? []
      : [
          { id: newId(), order_id: null, delta: -transfer, pool: "preorder" },
          { id: newId(), order_id: null, delta: transfer, pool: "ready" },
        ];
  const rows = JSON.stringify([
    ...sales.map((s) => ({ ...s, pool: "preorder", kind: "sale" })),
    ...moves.map((m) => ({ ...m, kind: "adjustment" })),
  ]);
  await t.execute(sql`
    insert into market.stock_ledger (id, region_code, product_id, entry_date, pool, kind, delta, order_id, note, actor, at)
    select v.id, ${day.regionCode}, ${day.productId}, ${day.date}::date, v.pool, v.kind, v.delta, v.order_id,
      case when v.order_id is null then 'pindah stok setelah pembagian' end, ${actor}, ${ctx.now}
    from jsonb_to_recordset(${rows}::jsonb) as v(id uuid, order_id uuid, delta int, pool text, kind text)`);
}

/** Whether the database refused a statement by the named constraint or unique index. */
function refusedBy(err: unknown, constraint: string): boolean {
  for (let e: unknown = err; typeof e === "object" && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { constraint?: unknown }).constraint === constraint) return true;
  }
  return false;
}

/**
 * Confirms a draft allocation run: writes each order's allocation and status (unmet orders are
 * waitlisted or cancelled with a message), books the sales, and puts leftover supply on the shelf.
 * Refused when orders or supply changed since the run (or it was re-run), or when the day is already
 * confirmed: under the day's lock a second confirmation or a re-run sees the first, and the
 * database backs it — one confirmed run per day (unique index), and only the current draft can be
 * confirmed (check) — rolling everything back should the lock ever be bypassed.
 */
export async function confirmAllocation(args: {
  ctx: Ctx;
  runId: string;
  input: ConfirmAllocationBody;
}): Promise<AllocationOut> {
  requirePermission(args.ctx, "market.manage");
  try {
    return await confirmInTx(args);
  } catch (err) {
    // One confirmed run per day (another confirmation won), and it is the day's current run (a re-run won).
    if (refusedBy(err, "allocation_runs_confirmed_key")) throw alreadyConfirmed();
    if (refusedBy(err, "allocation_runs_confirmed_current")) throw stale();
    throw err;
  }
}

async function confirmInTx({
  ctx,
  runId,
  input,
}: {
  ctx: Ctx;
  runId: string;
  input: ConfirmAllocationBody;
}): Promise<AllocationOut> {
  return tx(ctx, async (t) => {
    const [run] = await t.select().from(allocationRuns).where(eq(allocationRuns.id, runId)).limit(1);
    if (!run) throw notFound();
    const product = await productForDay(ctx, t, run.productId);
    const cutoff = cutoffInstant({
      regionCode: product.regionCode,
      supplyDate: run.supplyDate,
      cutoffTime: product.cutoffTime,
    });
    const early = ctx.now.getTime() < cutoff.getTime();
    if (early && !input.closeNow) throw beforeCutoff(formatDateTimeId(cutoff, plutZone(product.regionCode)));
    await lockUnconfirmedDay(t, product.id, run.supplyDate);
    // Read again under the day's lock: a re-run that committed meanwhile made this draft stale.
    const [fresh] = await t.select().from(allocationRuns).where(eq(allocationRuns.id, runId)).limit(1);
    const inputs = await loadDayInputs(t, product.id, run.supplyDate);
    if (!fresh?.isCurrent || hashInputs(product.id, run.supplyDate, inputs) !== run.inputsHash) throw stale();
    const result = computeAllocation(inputs, run.policy as AllocationPolicy, product.unitLabel);
    const { allocations } = result;
    if (result.totals.allocated !== run.allocatedUnits) throw stale();
    await writeOrders(t, run.id, allocations, inputs.preOrders, input.unmetAction ?? product.unmetAction);
    const payBy = paymentDeadline(ctx.now, await paymentHours(t, product.regionCode));
    await t.execute(sql`update market.orders o set pay_by = ${payBy}
      where o.status = 'allocated' and o.payment_status = 'unpaid' and o.total > 0
        and exists (select 1 from market.order_items i where i.order_id = o.id and i.allocation_run_id = ${run.id})`);
    const day = { productId: product.id, regionCode: product.regionCode, date: run.supplyDate };
    await moveStock(ctx, t, day, result.totals.allocated, inputs.supply.preorderNet, allocations);
    await t
      .update(allocationRuns)
      .set({
        isConfirmed: true,
        heldUnits: result.totals.allocated,
        confirmedBy: actorName(ctx.actor),
        confirmedAt: ctx.now,
      })
      .where(eq(allocationRuns.id, run.id));
    await recordAudit(t, ctx, {
      action: "market.confirm-allocation",
      entityType: "allocation_run",
      entityId: run.id,
      entityRegion: product.regionCode,
      after: {
        productId: product.id,
        supplyDate: run.supplyDate,
        seed: run.seed,
        totals: result.totals,
        closedEarly: early,
      },
    });
    return toAllocationOut({ runId: run.id, result, preOrders: inputs.preOrders, confirmed: true });
  });
}
