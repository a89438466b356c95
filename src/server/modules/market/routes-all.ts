import type { FastifyInstance } from "fastify";
import { marketPublicRoutes } from "./routes";
import { marketPaymentRoutes } from "./routes-payments";
import { marketProcurementRoutes } from "./routes-procurement";
import { marketReportRoutes } from "./routes-reports";
import { marketSettlementRoutes } from "./routes-settlements";
import { marketStaffRoutes } from "./routes-staff";
import { marketCounterRoutes } from "./routes-staff-orders";
import { marketStoreRoutes } from "./routes-store";

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
  ];
}
