import type { FastifyInstance } from "fastify";
import { marketStoreRoutes } from "./catalogue/routes-store";
import { marketPlutRoutes } from "./fulfilment/routes-plut";
import { marketCounterRoutes } from "./fulfilment/routes-staff-orders";
import { marketPublicRoutes } from "./orders/routes-public";
import { marketPaymentRoutes } from "./payments/routes-payments";
import { marketProcurementRoutes } from "./procurement/routes-procurement";
import { marketReportRoutes } from "./reports/routes-reports";
import { marketStaffRoutes } from "./routes-staff";
import { marketSettlementRoutes } from "./settlement/routes-settlements";

type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/** Every route plugin of the market module, for src/server/routes.ts. */
export function marketRoutes(): RoutePlugin[] {
  return [
    marketPublicRoutes(),
    marketStaffRoutes,
    marketCounterRoutes,
    marketStoreRoutes,
    marketPaymentRoutes,
    marketSettlementRoutes,
    marketProcurementRoutes,
    marketReportRoutes,
    marketPlutRoutes,
  ];
}
