/**
 * market: the PLUT gallery and store — catalogue of registered businesses' products, consignment
 * intake and the stock ledger, ready-stock orders that never oversell, pre-orders allocated fairly
 * by a published seeded policy, payments, fulfilment, producer settlement, procurement and flyers.
 */

import type { ServerModule } from "../../platform/module";
import { seedMarketDemo } from "./demo/seed-market-demo";
import { marketRoutes } from "./routes-all";

export { getPaymentOptions, submitTransferProof } from "./buyer-payments";
export { addProductPhoto } from "./catalogue";
export { confirmAllocation } from "./confirm-allocation";
export { DEMO_MASK, type MarketDemoResult, seedMarketDemo } from "./demo/seed-market-demo";
export { listProducts } from "./list-products";
export { listProducers, saveProducer } from "./manage-producers";
export { createProduct, updateProduct } from "./manage-products";
export { placeOrder } from "./place-order";
export { createProcurement } from "./procurement";
export { countDemandUnits, countSoldUnits, countSupplyUnits, countUnservedOrders } from "./read-counts";
export { recordConsignment, recordConsignmentBatch } from "./record-consignment";
export { type MarketRouteOptions, marketPublicRoutes } from "./routes";
export { marketPaymentRoutes } from "./routes-payments";
export { marketStaffRoutes } from "./routes-staff";
export { marketCounterRoutes } from "./routes-staff-orders";
export { marketStoreRoutes } from "./routes-store";
export { runAllocation } from "./run-allocation";
export { trackOrder } from "./track-order";

/** The market's manifest for the composition root (src/server/modules.ts). */
export const marketModule: ServerModule = {
  name: "market",
  routes: () => marketRoutes(),
  demo: { seed: (database) => seedMarketDemo(database) },
  authzSpecs: async () => (await import("./testing/authz-specs")).marketSpecs,
};
