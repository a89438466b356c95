// Calls of the period figures: producers' settlements, the market report, and a producer's own
// stock, intakes, settlements and sales.
import { api } from "../../lib/api";

export type SettlementRow = {
  id: string | null;
  producerId: string;
  producerName: string;
  unitsSold: number;
  unitsDamaged: number;
  netSales: number;
  producerShareBps: number;
  producerShare: number;
  plutFee: number;
  damagedCompensation: number;
  payable: number;
  status: "preview" | "open" | "paid";
  paidAt: string | null;
  periodFrom: string | null;
  periodTo: string | null;
};

export type MarketReport = {
  from: string;
  to: string;
  dailySales: Array<{ date: string; orders: number; units: number; revenue: number; paid: number }>;
  supplyDemand: Array<{
    date: string;
    productName: string;
    supply: number;
    demand: number;
    allocated: number;
    buyers: number;
    buyersWithNothing: number;
  }>;
  unserved: Array<{
    code: string;
    buyerName: string;
    institution: string | null;
    supplyDate: string | null;
    ordered: number;
    received: number;
    status: string;
  }>;
  perProducer: Array<{ producerName: string; consigned: number; sold: number; onHand: number }>;
  byOrigin: Array<{ regionCode: string; regionName: string; buyers: number; orders: number; units: number }>;
  campaign: { tag: string; orders: number; institutions: number; units: number; revenue: number };
};

export const reportCalls = {
  settlements: (from: string, to: string, signal?: AbortSignal) =>
    api.get<SettlementRow[]>("/api/market/admin/settlements", { query: { from, to }, signal }),
  closeSettlements: (period: { from: string; to: string }) =>
    api.post<SettlementRow[]>("/api/market/admin/settlements", period),
  paySettlement: (id: string) => api.post<unknown>(`/api/market/admin/settlements/${id}/paid`),
  myStock: (signal?: AbortSignal) =>
    api.get<{
      producerName: string | null;
      products: Array<{
        productId: string;
        productName: string;
        intake: number;
        returned: number;
        damaged: number;
        sold: number;
        onHand: number;
      }>;
    }>("/api/market/my/stock", { signal }),
  myIntakes: (signal?: AbortSignal) =>
    api.get<
      Array<{
        id: string;
        date: string;
        productName: string;
        unit: string;
        quantity: number;
        pool: string;
        receiptNumber: string;
      }>
    >("/api/market/my/intakes", { signal }),
  mySettlements: (signal?: AbortSignal) => api.get<SettlementRow[]>("/api/market/my/settlements", { signal }),
  mySales: (signal?: AbortSignal) =>
    api.get<Array<{ date: string; unitsSold: number; paidSales: number; share: number }>>(
      "/api/market/my/sales",
      { signal },
    ),
  report: (from: string, to: string, signal?: AbortSignal) =>
    api.get<MarketReport>("/api/market/admin/reports", { query: { from, to }, signal }),
};
