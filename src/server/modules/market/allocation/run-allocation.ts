import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, requireScope, tx } from "../../access";
import type { AllocationBody, AllocationOut } from "../contract-orders";
import { type AllocationPolicy, type AllocationResult, allocateSupply } from "../domain";
import { requirePermission } from "../permissions";
import { products } from "../schema";
import { allocationRuns } from "../schema-orders";
import { type DayInputs, hashInputs, loadDayInputs, type QueuedPreOrder } from "./allocation-inputs";
import { lockUnconfirmedDay } from "./open-day";

export type StoredRun = {
  runId: string;
  result: AllocationResult;
  preOrders: QueuedPreOrder[];
  inputsHash: string;
};

export async function productForDay(ctx: Ctx, t: Tx, productId: string) {
  const [product] = await t.select().from(products).where(eq(products.id, productId)).limit(1);
  if (!product)
    throw new AppError("NOT_FOUND", { text: { id: "Produk tidak ditemukan.", en: "Product not found." } });
  requireScope(ctx, product.regionCode);
  return product;
}

export function toAllocationOut(run: {
  runId: string;
  result: AllocationResult;
  preOrders: QueuedPreOrder[];
  confirmed: boolean;
}): AllocationOut {
  const codes = new Map(run.preOrders.map((o) => [o.orderId, o.code]));
  const { totals } = run.result;
  return {
    runId: run.runId,
    supply: totals.supply,
    demand: totals.demand,
    unmet: totals.unmet,
    allocated: run.result.allocations.map((a) => ({
      orderCode: codes.get(a.orderId) ?? a.orderId,
      quantity: a.allocated,
    })),
    seed: run.result.seed,
    policy: run.result.policy.kind,
    buyers: totals.buyers,
    buyersWithNothing: totals.buyersWithNothing,
    confirmed: run.confirmed,
  };
}

/**
 * Allocates a supply day of a product over its queued pre-orders by the product's published policy
 * and stores the run (seed included) as a draft. Deterministic: the same supply, orders and seed give
 * the same result; re-runnable until a run is confirmed.
 */
export async function runAllocation({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: AllocationBody;
}): Promise<AllocationOut> {
  requirePermission(ctx, "market.manage");
  const run = await tx(ctx, async (t) => {
    const product = await productForDay(ctx, t, input.productId);
    await lockUnconfirmedDay(t, product.id, input.supplyDate);
    const inputs = await loadDayInputs(t, product.id, input.supplyDate);
    const inputsHash = hashInputs(product.id, input.supplyDate, inputs);
    const cap = input.perBuyerCap ?? product.perBuyerCap;
    const policy: AllocationPolicy = {
      kind: input.policy ?? product.allocationPolicy,
      seed: input.seed ?? inputsHash.slice(0, 12),
      ...(cap ? { perBuyerCap: cap } : {}),
    };
    const result = computeAllocation(inputs, policy, product.unitLabel);
    const { allocations, ...summary } = result;
    const runId = newId();
    await t
      .update(allocationRuns)
      .set({ isCurrent: false })
      .where(and(eq(allocationRuns.productId, product.id), eq(allocationRuns.supplyDate, input.supplyDate)));
    await t.insert(allocationRuns).values({
      id: runId,
      regionCode: product.regionCode,
      productId: product.id,
      supplyDate: input.supplyDate,
      policy,
      seed: policy.seed,
      inputsHash,
      supply: summary.totals.supply,
      demand: summary.totals.demand,
      allocatedUnits: summary.totals.allocated,
      summary,
      // Compact: confirmation recomputes the full result from the same inputs and seed.
      result: allocations.map((a) => [a.orderId, a.allocated]),
      createdBy: actorName(ctx.actor),
      createdAt: ctx.now,
    });
    return { runId, result, preOrders: inputs.preOrders };
  });
  return toAllocationOut({ ...run, confirmed: false });
}

/** The allocation of a day's inputs by a policy: pure and deterministic (same inputs and seed, same result). */
export function computeAllocation(
  inputs: DayInputs,
  policy: AllocationPolicy,
  unitLabel: string,
): AllocationResult {
  const outcome = allocateSupply({
    supply: inputs.supply.supply,
    preOrders: inputs.preOrders,
    policy,
    unit: { id: unitLabel, en: unitLabel },
  });
  if (!outcome.ok) {
    throw new AppError("VALIDATION", {
      issues: [{ path: outcome.error.orderId ?? "input", message: outcome.error.code }],
    });
  }
  return outcome.result;
}
