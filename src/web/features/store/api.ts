// Calls of the public store (/api/market/*): no session needed.
import { api } from "../../lib/api";

export type CatalogueItem = {
  id: string;
  name: string;
  price: number;
  unit: string;
  category: string;
  photoId: string | null;
  stockAvailable: number;
  producer: string;
};

export type CatalogueProduct = {
  id: string;
  regionCode: string;
  name: string;
  price: number;
  unit: string;
  unitLabel: string;
  category: string;
  description: string;
  photoIds: string[];
  producers: Array<{ name: string; regionName: string | null }>;
  stockAvailable: number;
  minOrder: number;
  maxPerOrder: number;
  nextSupplyDate: string;
  cutoffAt: string;
  supplyDates: Array<{
    date: string;
    cutoffAt: string;
    preorderSupply: number;
    open: boolean;
    closedEarly: boolean;
  }>;
  plut: PlutInfo | null;
};

/** Where the PLUT is and when it is open, as buyers see it. */
export type PlutInfo = {
  name: string;
  whatsapp: string | null;
  address: string;
  city: string;
  openingHours: string;
  mapUrl: string | null;
  paymentHours: number;
};

export type OrderStatus = "queued" | "reserved" | "allocated" | "waitlisted" | "cancelled" | "fulfilled";

export type PlaceOrderInput = {
  mode: "ready" | "preorder";
  supplyDate?: string;
  items: Array<{ productId: string; quantity: number }>;
  buyer: { name: string; phone: string; type: "individual" | "institution"; institution?: string };
  fulfilment: { method: "pickup" | "delivery"; address?: string; regionCode?: string };
  channel?: string;
};

export type PlacedOrder = {
  code: string;
  status: OrderStatus;
  items: Array<{ productId: string; quantity: number; allocated: number }>;
};

export type TrackedOrder = {
  code: string;
  mode: "ready" | "preorder";
  status: OrderStatus;
  paymentStatus: "unpaid" | "pending" | "paid" | "refunded";
  supplyDate: string | null;
  createdAt: string;
  /** Name, institution and address are null until the last 4 digits of the phone were given. */
  buyer: {
    revealed: boolean;
    name: string | null;
    phone: string;
    type: "individual" | "institution";
    institution: string | null;
  };
  fulfilment: { method: "pickup" | "delivery"; address: string | null; regionCode: string | null };
  items: Array<{
    productId: string;
    productName: string;
    unit: string;
    quantity: number;
    allocated: number;
    unitPrice: number;
    explanation: string | null;
  }>;
  total: number;
  transferAmount: number | null;
  explanation: string | null;
  message: string | null;
  /** A wait-list offer's kind: units for a wait-listed order, or more units for a partly served one. */
  offer: "waitlist" | "topup" | null;
  plut: PlutInfo | null;
  /** Payment deadline of an allocated pre-order or a wait-list offer (ISO). */
  payBy: string | null;
  regionCode: string;
  delivery: {
    carrier: "ojek" | "courier";
    fee: number;
    trackingNumber: string | null;
    status: "pending" | "sent" | "delivered" | "failed";
  } | null;
};

export type RegionHit = { code: string; name: string; level: string; parentName: string | null };

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
export const fetchPluts = (signal?: AbortSignal) =>
  api.get<Array<PlutInfo & { regionCode: string }>>("/api/market/pluts", { signal });
export const searchRegencies = (q: string, signal?: AbortSignal) =>
  api.get<RegionHit[]>("/api/regions/search", { query: { q, level: "regency", limit: 8 }, signal });

export const photoUrl = (productId: string, fileId: string) =>
  `/api/market/catalogue/${encodeURIComponent(productId)}/photos/${encodeURIComponent(fileId)}`;
