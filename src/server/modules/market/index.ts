/**
 * market: the PLUT gallery and store — catalogue of registered businesses' products, consignment
 * intake and the stock ledger, ready-stock orders that never oversell, pre-orders allocated fairly
 * by a published seeded policy, payments, fulfilment, producer settlement, procurement and flyers.
 */

import { sql } from "drizzle-orm";
import type { ServerModule } from "../../platform/module";
import { type Ctx, systemCtx, tx } from "../access";
import { expireOverdue } from "./allocation/expire-unpaid";
import { seedMarketDemo } from "./demo/seed-market-demo";
import { ensureTailorAccounts } from "./demo/tailor-accounts";
import { MARKET_ERRORS } from "./errors";
import { MARKET_PERMISSIONS } from "./permissions";
import { marketRoutes } from "./routes-all";

export { confirmAllocation } from "./allocation/confirm-allocation";
export { runAllocation } from "./allocation/run-allocation";
export { addProductPhoto } from "./catalogue/catalogue";
export { listProducts } from "./catalogue/list-products";
export { createProduct, updateProduct } from "./catalogue/manage-products";
export { createProductFromPivot } from "./catalogue/product-from-pivot";
export { marketStoreRoutes } from "./catalogue/routes-store";
export { recordConsignment, recordConsignmentBatch } from "./consignment/record-consignment";
export { DEMO_MASK, type MarketDemoResult, seedMarketDemo } from "./demo/seed-market-demo";
export { DEMO_TAILOR_USERS } from "./demo/tailor-accounts";
export { marketCounterRoutes } from "./fulfilment/routes-staff-orders";
export { placeOrder } from "./orders/place-order";
export { type MarketRouteOptions, marketPublicRoutes } from "./orders/routes-public";
export { trackOrder } from "./orders/track-order";
export { getPaymentOptions, submitTransferProof } from "./payments/buyer-payments";
export { marketPaymentRoutes } from "./payments/routes-payments";
export { type MarketPersonData, personDataOf } from "./person-data";
export { createProcurement } from "./procurement/procurement";
export { type ProcurementStock, procurementStock, recordDelivery } from "./procurement/record-delivery";
export { listProducers, saveProducer } from "./producers/manage-producers";
export {
  countDemandUnits,
  countDemandUnitsByChild,
  countSoldUnits,
  countSoldUnitsByChild,
  countSupplyUnits,
  countSupplyUnitsByChild,
  countUnservedOrders,
  countUnservedOrdersByChild,
} from "./reports/read-counts";
export { readStoreSalesByBusiness, type StoreSales } from "./reports/read-support";
export { marketStaffRoutes } from "./routes-staff";

// Work for today on the PLUT consultant's home page (reports reads them), under the caller's scope.
async function countOrders(ctx: Ctx, where: ReturnType<typeof sql>): Promise<number> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ n: number }>(
      sql`select count(*)::int as n from market.orders where ${where}`,
    );
    return Number(rows.rows[0]?.n ?? 0);
  });
}
/** Paid orders holding their units, waiting to be handed over or delivered. */
export const countOrdersToHandOver = ({ ctx }: { ctx: Ctx }) =>
  countOrders(ctx, sql`status in ('reserved', 'allocated') and payment_status = 'paid'`);
/** Orders whose buyer sent a transfer proof that nobody has checked yet. */
export const countPaymentsToCheck = ({ ctx }: { ctx: Ctx }) =>
  countOrders(ctx, sql`payment_status = 'pending' and status <> 'cancelled'`);
/** Pre-orders still queued for a supply day up to tomorrow: their allocation is due before the cut-off. */
export const countAllocationsDue = ({ ctx }: { ctx: Ctx }) =>
  countOrders(
    ctx,
    sql`mode = 'preorder' and status = 'queued' and supply_date <= (${ctx.now.toISOString()}::timestamptz + interval '1 day')::date`,
  );

/** The market's manifest for the composition root (src/server/modules.ts). */
export const marketModule: ServerModule = {
  name: "market",
  errors: MARKET_ERRORS,
  permissions: MARKET_PERMISSIONS,
  routes: () => marketRoutes(),
  // Unpaid allocations past their deadline go to the wait-list even when nobody opens the day.
  jobs: (jobs, database) =>
    jobs.every("market.expire-overdue", 60_000, () => expireOverdue(systemCtx(database, "batas-bayar"))),
  demo: {
    seed: async (database, opts) => ({
      ...(await seedMarketDemo(database)),
      tailorAccounts: await ensureTailorAccounts(database, opts.password),
    }),
  },
  authzSpecs: async () => [
    ...(await import("./testing/authz-specs")).marketSpecs,
    ...(await import("./testing/pivot-authz-specs")).pivotSpecs,
  ],
};
