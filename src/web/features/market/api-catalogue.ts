// Calls of the PLUT's catalogue: products and their photos, producers (and the register search
// that adds them), consignment intakes, stock movements and the stock report.
import type { CatalogueItem } from "../../../server/modules/market/contract";
import type {
  Producer,
  ProducerBody,
  ProductBody,
  ProductPatch,
  StaffProduct,
} from "../../../server/modules/market/contract-staff";
import type {
  ConsignmentBatchBody,
  MovementBody,
  StockEntryOut,
  StockReport,
} from "../../../server/modules/market/contract-stock";
import type {
  BusinessListItem,
  BusinessListResponse,
} from "../../../server/modules/registry/contract-register";
import { api } from "../../lib/api";

export type { Producer, StaffProduct, StockReport };

/** A business of the register as the producer search lists it. */
export type BusinessHit = BusinessListItem;

export const catalogueCalls = {
  products: (signal?: AbortSignal) => api.get<StaffProduct[]>("/api/market/admin/products", { signal }),
  createProduct: (input: ProductBody) => api.post<StaffProduct>("/api/market/admin/products", input),
  updateProduct: ({ id, ...input }: ProductPatch & { id: string }) =>
    api.patch<StaffProduct>(`/api/market/admin/products/${id}`, input),
  producers: (signal?: AbortSignal) => api.get<Producer[]>("/api/market/producers", { signal }),
  removeProducer: (id: string) => api.delete<unknown>(`/api/market/producers/${id}`),
  saveProducer: (input: ProducerBody) => api.post<Producer>("/api/market/producers", input),
  consignBatch: (input: ConsignmentBatchBody) =>
    api.post<StockEntryOut[]>("/api/market/consignments/batch", input),
  stock: (productId: string, signal?: AbortSignal) =>
    api.get<StockReport>("/api/market/admin/stock", { query: { productId }, signal }),
  movement: (input: MovementBody) => api.post<StockEntryOut>("/api/market/stock-movements", input),
  catalogue: (signal?: AbortSignal) => api.get<CatalogueItem[]>("/api/market/catalogue", { signal }),
  searchBusinesses: (query: { q?: string; sector?: string }, signal?: AbortSignal) =>
    api.get<BusinessListResponse>("/api/registry/businesses", {
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
