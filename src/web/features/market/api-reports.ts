// Calls of the period figures: producers' settlements, the market report, and a producer's own
// stock, intakes, settlements and sales.
import type { MarketReport, SettlementRow } from "../../../server/modules/market/contract-reports";
import type { MyDailySale, MyIntake, MyStock } from "../../../server/modules/market/contract-staff";
import { api } from "../../lib/api";

export type { MarketReport, SettlementRow };

export const reportCalls = {
  settlements: (from: string, to: string, signal?: AbortSignal) =>
    api.get<SettlementRow[]>("/api/market/admin/settlements", { query: { from, to }, signal }),
  closeSettlements: (period: { from: string; to: string }) =>
    api.post<SettlementRow[]>("/api/market/admin/settlements", period),
  paySettlement: (id: string) => api.post<unknown>(`/api/market/admin/settlements/${id}/paid`),
  myStock: (signal?: AbortSignal) => api.get<MyStock>("/api/market/my/stock", { signal }),
  myIntakes: (signal?: AbortSignal) => api.get<MyIntake[]>("/api/market/my/intakes", { signal }),
  mySettlements: (signal?: AbortSignal) => api.get<SettlementRow[]>("/api/market/my/settlements", { signal }),
  mySales: (signal?: AbortSignal) => api.get<MyDailySale[]>("/api/market/my/sales", { signal }),
  report: (from: string, to: string, signal?: AbortSignal) =>
    api.get<MarketReport>("/api/market/admin/reports", { query: { from, to }, signal }),
};
