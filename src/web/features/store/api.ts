// Calls of the public store (/api/market/*): no session needed.
import type {
  CatalogueItem,
  CatalogueProduct,
  PaymentOptions,
  PlacedOrder,
  PlaceOrderBody,
  PlutInfo,
  TrackedOrder,
} from "../../../server/modules/market/contract";
import type { RegionHit } from "../../../server/modules/regions/contract";
import { api } from "../../lib/api";

export type {
  CatalogueItem,
  CatalogueProduct,
  PaymentOptions,
  PlacedOrder,
  PlutInfo,
  RegionHit,
  TrackedOrder,
};
export type PlaceOrderInput = PlaceOrderBody;
export type OrderStatus = TrackedOrder["status"];

export const fetchCatalogue = (q: string, signal?: AbortSignal) =>
  api.get<CatalogueItem[]>("/api/market/catalogue", { query: { q }, signal });
export const fetchProduct = (id: string, signal?: AbortSignal) =>
  api.get<CatalogueProduct>(`/api/market/catalogue/${encodeURIComponent(id)}`, { signal });
export const placeOrder = (input: PlaceOrderInput) => api.post<PlacedOrder>("/api/market/orders", input);
export const fetchOrder = (code: string, signal?: AbortSignal, phoneLast4?: string) =>
  api.get<TrackedOrder>(`/api/market/orders/${encodeURIComponent(code)}`, {
    signal,
    ...(phoneLast4 ? { query: { phone: phoneLast4 } } : {}),
  });
/** How the buyer can pay the order (QRIS, transfer with its unique code), or not payable. */
export const fetchPaymentOptions = (code: string, signal?: AbortSignal) =>
  api.get<PaymentOptions>(`/api/market/orders/${encodeURIComponent(code)}/payment`, { signal });
export const fetchPluts = (signal?: AbortSignal) =>
  api.get<Array<PlutInfo & { regionCode: string }>>("/api/market/pluts", { signal });
export const searchRegencies = (q: string, signal?: AbortSignal) =>
  api.get<RegionHit[]>("/api/regions/search", { query: { q, level: "regency", limit: 8 }, signal });

export const photoUrl = (productId: string, fileId: string) =>
  `/api/market/catalogue/${encodeURIComponent(productId)}/photos/${encodeURIComponent(fileId)}`;
