// Calls of the PLUT staff screens (/api/market/*, konsultan PLUT and provincial admins), assembled
// from the capability files api-catalogue.ts, api-orders.ts and api-reports.ts.
import { catalogueCalls } from "./api-catalogue";
import { orderCalls } from "./api-orders";
import { reportCalls } from "./api-reports";

export const marketApi = { ...catalogueCalls, ...orderCalls, ...reportCalls };
