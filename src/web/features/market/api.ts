// Calls of the PLUT staff screens (/api/market/*, konsultan PLUT and provincial admins).
import { api } from "../../lib/api";

export type StaffProduct = {
  id: string;
  regionCode: string;
  name: string;
  unit: string;
  unitLabel: string;
  category: string;
  price: number;
  minOrder: number;
  maxPerOrder: number | null;
  perBuyerCap: number | null;
  description: string;
  photoFileIds: string[];
  codePrefix: string;
  cutoffTime: string;
  unmetAction: "waitlist" | "cancel";
  isActive: boolean;
  stockAvailable: number;
  producers: Array<{ id: string; name: string; regionCode: string }>;
};

export type ProductInput = {
  name: string;
  unit: string;
  unitLabel?: string;
  category: string;
  price: number;
  maxPerOrder?: number | null;
  perBuyerCap?: number | null;
  description?: string;
  codePrefix?: string;
  producerIds?: string[];
};

export type Producer = {
  id: string;
  businessId: string | null;
  name: string;
  ownerName: string | null;
  phone: string | null;
  regionCode: string;
  regionName?: string | null;
  dailyCapacity: number;
  producerShareBps: number | null;
};

export type StockReport = {
  productId: string;
  shelf: number;
  sold: number;
  producers: Array<{
    producerId: string;
    name: string;
    intake: number;
    returned: number;
    damaged: number;
    adjusted: number;
    sold: number;
    onHand: number;
  }>;
};

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

export type BusinessHit = {
  id: string;
  name: string;
  ownerName: string;
  regionName: string | null;
  sector: string;
  phone: string | null;
};

export const marketApi = {
  products: (signal?: AbortSignal) => api.get<StaffProduct[]>("/api/market/admin/products", { signal }),
  createProduct: (input: ProductInput) => api.post<StaffProduct>("/api/market/admin/products", input),
  updateProduct: ({ id, ...input }: Partial<ProductInput> & { id: string; isActive?: boolean }) =>
    api.patch<StaffProduct>(`/api/market/admin/products/${id}`, input),
  producers: (signal?: AbortSignal) => api.get<Producer[]>("/api/market/producers", { signal }),
  removeProducer: (id: string) => api.delete<unknown>(`/api/market/producers/${id}`),
  saveProducer: (input: {
    businessId?: string;
    name?: string;
    regionCode?: string;
    producerShareBps?: number;
  }) => api.post<Producer>("/api/market/producers", input),
  consignBatch: (input: {
    productId: string;
    date: string;
    entries: Array<{ producerId: string; quantity: number }>;
  }) => api.post<unknown[]>("/api/market/consignments/batch", input),
  stock: (productId: string, signal?: AbortSignal) =>
    api.get<StockReport>("/api/market/admin/stock", { query: { productId }, signal }),
  movement: (input: {
    productId: string;
    producerId: string;
    kind: "return_to_producer" | "damaged";
    quantity: number;
    date: string;
  }) => api.post<unknown>("/api/market/stock-movements", input),
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
  catalogue: (signal?: AbortSignal) =>
    api.get<Array<{ id: string; name: string; price: number; unit: string }>>("/api/market/catalogue", {
      signal,
    }),
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
  searchBusinesses: (query: { q?: string; sector?: string }, signal?: AbortSignal) =>
    api.get<{ items: BusinessHit[] }>("/api/registry/businesses", {
      query: { ...query, limit: 100 },
      signal,
    }),
};

/** Uploads a photo (already resized in the browser) to a product. */
export async function uploadPhoto(productId: string, blob: Blob): Promise<void> {
  const body = new FormData();
  body.append("file", blob, "foto.jpg");
  await api.upload<unknown>(`/api/market/admin/products/${productId}/photos`, body);
}
