/**
 * market: the PLUT gallery and store — catalogue of registered businesses' products, consignment
 * intake and the stock ledger, ready-stock orders that never oversell, pre-orders allocated fairly
 * by a published seeded policy, payments, fulfilment, producer settlement, procurement and flyers.
 */

import type { ServerModule } from "../../platform/module";
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
export { createProcurement } from "./procurement/procurement";
export { type ProcurementStock, procurementStock, recordDelivery } from "./procurement/record-delivery";
export { listProducers, saveProducer } from "./producers/manage-producers";
export {
  countDemandUnits,
  countSoldUnits,
  countSupplyUnits,
  countUnservedOrders,
} from "./reports/read-counts";
export { marketStaffRoutes } from "./routes-staff";

/** The market's manifest for the composition root (src/server/modules.ts). */
export const marketModule: ServerModule = {
  name: "market",
  errors: MARKET_ERRORS,
  permissions: MARKET_PERMISSIONS,
  routes: () => marketRoutes(),
  demo: {
    seed: async (database, opts) => ({
      ...(await seedMarketDemo(database)),
      tailorAccounts: await ensureTailorAccounts(database, opts.password),
    }),
  },
  authzSpecs: async () => (await import("./testing/authz-specs")).marketSpecs,
};
