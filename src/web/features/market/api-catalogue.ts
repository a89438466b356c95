// Calls of the PLUT's catalogue: products and their photos, producers (and the register search
// that adds them), consignment intakes, stock movements and the stock report.
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

export type BusinessHit = {
  id: string;
  name: string;
  ownerName: string;
  regionName: string | null;
  sector: string;
  phone: string | null;
};

export const catalogueCalls = {
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
  catalogue: (signal?: AbortSignal) =>
    api.get<Array<{ id: string; name: string; price: number; unit: string }>>("/api/market/catalogue", {
      signal,
    }),
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
