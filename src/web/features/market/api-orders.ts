// Calls of orders: the pre-order day's figures and allocation, the order list, delivery, payment,
// hand-over, refund and cancel, transfer proofs and bank statements, and institutions' procurement.
import { api } from "../../lib/api";

export type DaySummary = {
  productId: string;
  supplyDate: string;
  cutoffAt: string;
  supply: number;
  preorderSupply: number;
  fromShelf: number;
  demand: number;
  orders: number;
  buyers: number;
  run: {
    runId: string;
    seed: string;
    policy: string;
    allocated: number;
    confirmed: boolean;
    createdAt: string;
  } | null;
};

export type AllocationOut = {
  runId: string;
  supply: number;
  demand: number;
  unmet: number;
  allocated: Array<{ orderCode: string; quantity: number }>;
  seed: string;
  policy: string;
  buyers: number;
  buyersWithNothing: number;
  confirmed: boolean;
};

export type StaffOrder = {
  id: string;
  code: string;
  mode: "ready" | "preorder";
  status: string;
  paymentStatus: string;
  paymentMethod: string | null;
  supplyDate: string | null;
  createdAt: string;
  buyerName: string;
  buyerPhone: string;
  buyerType: "individual" | "institution";
  institution: string | null;
  originRegionCode: string | null;
  fulfilment: "pickup" | "delivery";
  deliveryAddress: string | null;
  total: number;
  payBy?: string | null;
  message?: string | null;
  items: Array<{ productId: string; productName: string; quantity: number; allocated: number | null }>;
};

export type PendingPayment = {
  id: string;
  orderId: string;
  code: string;
  buyerName: string;
  buyerPhone: string;
  method: string;
  amount: number;
  orderTotal: number;
  hasProof: boolean;
  createdAt: string;
};

export type StatementProposal = {
  line: number;
  date: string;
  amount: number;
  description: string;
  kind: "match" | "review" | "unmatched";
  orders: Array<{ id: string; code: string; buyerName: string; amount: number }>;
  reason: string | null;
};

export type Procurement = {
  id: string;
  orderCode: string;
  institution: string;
  productName: string;
  quantity: number;
  assigned: number;
  unfilled: number;
  dueDate: string;
  total: number;
  createdAt: string;
  purchaseOrders: Array<{
    id: string;
    number: string;
    producerName: string;
    quantity: number;
    delivered: number;
    status: "issued" | "partly_delivered" | "delivered";
    explanation: string;
    deliveries: Array<{
      id: string;
      number: string;
      quantity: number;
      deliveredOn: string;
      receivedBy: string;
    }>;
  }>;
};

export type ProcurementInput = {
  productId: string;
  quantity: number;
  dueDate: string;
  institution: string;
  contactName: string;
  phone: string;
  address?: string;
};

export const orderCalls = {
  day: (productId: string, supplyDate: string, signal?: AbortSignal) =>
    api.get<DaySummary>("/api/market/admin/days", { query: { productId, supplyDate }, signal }),
  orders: (query: { date: string; mode?: "ready" | "preorder"; productId?: string }, signal?: AbortSignal) =>
    api.get<StaffOrder[]>("/api/market/admin/orders", { query, signal }),
  runAllocation: (input: { productId: string; supplyDate: string }) =>
    api.post<AllocationOut>("/api/market/allocations", input),
  confirmAllocation: ({ runId, closeNow }: { runId: string; closeNow?: boolean }) =>
    api.post<AllocationOut>(`/api/market/allocations/${runId}/confirm`, closeNow ? { closeNow } : {}),
  setDelivery: ({
    id,
    ...body
  }: {
    id: string;
    carrier: "ojek" | "courier";
    fee: number;
    trackingNumber?: string;
    status: "pending" | "sent" | "delivered" | "failed";
  }) => api.post<unknown>(`/api/market/admin/orders/${id}/delivery`, body),
  pay: (id: string) => api.post<StaffOrder>(`/api/market/admin/orders/${id}/pay`, { method: "cash" }),
  fulfil: ({ id, cashReceived }: { id: string; cashReceived?: number }) =>
    api.post<StaffOrder>(
      `/api/market/admin/orders/${id}/fulfil`,
      cashReceived === undefined ? {} : { cashReceived },
    ),
  refund: ({ id, reason }: { id: string; reason: string }) =>
    api.post<StaffOrder>(`/api/market/admin/orders/${id}/refund`, { reason }),
  cancel: (id: string) => api.post<StaffOrder>(`/api/market/admin/orders/${id}/cancel`),
  pendingPayments: (signal?: AbortSignal) =>
    api.get<PendingPayment[]>("/api/market/admin/payments", { signal }),
  verifyPayment: ({ id, accept }: { id: string; accept: boolean }) =>
    api.post<unknown>(`/api/market/admin/payments/${id}/verify`, { accept }),
  matchStatement: (csv: string) => api.post<StatementProposal[]>("/api/market/admin/statements", { csv }),
  payByTransfer: ({ id, reference }: { id: string; reference: string }) =>
    api.post<StaffOrder>(`/api/market/admin/orders/${id}/pay`, { method: "transfer", reference }),
  procurements: (signal?: AbortSignal) => api.get<Procurement[]>("/api/market/procurements", { signal }),
  createProcurement: (input: ProcurementInput) => api.post<Procurement>("/api/market/procurements", input),
  delivered: ({ id, quantity, receivedBy }: { id: string; quantity: number; receivedBy?: string }) =>
    api.post<unknown>(`/api/market/purchase-orders/${id}/delivered`, { quantity, receivedBy }),
};
