// Calls of orders: the pre-order day's figures and allocation, the order list, delivery, payment,
// hand-over, refund and cancel, transfer proofs and bank statements, and institutions' procurement.
import type {
  AllocationBody,
  AllocationOut,
  ConfirmAllocationBody,
  DayOrdersQuery,
  DaySummary,
  DeliveryBody,
  StaffOrder,
} from "../../../server/modules/market/contract-orders";
import type {
  FulfilBody,
  PendingPayment,
  RefundBody,
  StatementProposal,
  VerifyBody,
} from "../../../server/modules/market/contract-payments";
import type {
  DeliveredBody,
  ProcurementBody,
  ProcurementOut,
} from "../../../server/modules/market/contract-procurement";
import { api } from "../../lib/api";

export type { AllocationOut, DaySummary, PendingPayment, StaffOrder, StatementProposal };
export type Procurement = ProcurementOut;

export const orderCalls = {
  day: (productId: string, supplyDate: string, signal?: AbortSignal) =>
    api.get<DaySummary>("/api/market/admin/days", { query: { productId, supplyDate }, signal }),
  orders: (query: DayOrdersQuery, signal?: AbortSignal) =>
    api.get<StaffOrder[]>("/api/market/admin/orders", { query, signal }),
  runAllocation: (input: AllocationBody) => api.post<AllocationOut>("/api/market/allocations", input),
  confirmAllocation: ({ runId, closeNow }: Pick<ConfirmAllocationBody, "closeNow"> & { runId: string }) =>
    api.post<AllocationOut>(`/api/market/allocations/${runId}/confirm`, closeNow ? { closeNow } : {}),
  setDelivery: ({ id, ...body }: DeliveryBody & { id: string }) =>
    api.post<unknown>(`/api/market/admin/orders/${id}/delivery`, body),
  pay: (id: string) => api.post<StaffOrder>(`/api/market/admin/orders/${id}/pay`, { method: "cash" }),
  fulfil: ({ id, cashReceived }: FulfilBody & { id: string }) =>
    api.post<StaffOrder>(
      `/api/market/admin/orders/${id}/fulfil`,
      cashReceived === undefined ? {} : { cashReceived },
    ),
  refund: ({ id, reason }: RefundBody & { id: string }) =>
    api.post<StaffOrder>(`/api/market/admin/orders/${id}/refund`, { reason }),
  cancel: (id: string) => api.post<StaffOrder>(`/api/market/admin/orders/${id}/cancel`),
  pendingPayments: (signal?: AbortSignal) =>
    api.get<PendingPayment[]>("/api/market/admin/payments", { signal }),
  verifyPayment: ({ id, accept }: Pick<VerifyBody, "accept"> & { id: string }) =>
    api.post<unknown>(`/api/market/admin/payments/${id}/verify`, { accept }),
  matchStatement: (csv: string) => api.post<StatementProposal[]>("/api/market/admin/statements", { csv }),
  payByTransfer: ({ id, reference }: { id: string; reference: string }) =>
    api.post<StaffOrder>(`/api/market/admin/orders/${id}/pay`, { method: "transfer", reference }),
  procurements: (signal?: AbortSignal) => api.get<Procurement[]>("/api/market/procurements", { signal }),
  createProcurement: (input: ProcurementBody) => api.post<Procurement>("/api/market/procurements", input),
  delivered: ({ id, quantity, receivedBy }: DeliveredBody & { id: string }) =>
    api.post<unknown>(`/api/market/purchase-orders/${id}/delivered`, { quantity, receivedBy }),
};
