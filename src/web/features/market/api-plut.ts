// Calls of the PLUT's own settings, the buyer message send lists and the counter desk.
import { api } from "../../lib/api";
import type { StaffOrder } from "./api-orders";

export const MESSAGE_EVENTS = [
  "allocation",
  "waitlist_offer",
  "payment_received",
  "ready_for_pickup",
  "dispatched",
] as const;
export type MessageEvent = (typeof MESSAGE_EVENTS)[number];

export type PlutSettings = {
  regionCode: string;
  name: string;
  city: string;
  address: string;
  openingHours: string;
  mapUrl: string | null;
  whatsapp: string | null;
  paymentHours: number;
  templates: Array<{ event: MessageEvent; text: string; defaultText: string; custom: boolean }>;
  placeholders: string[];
};

export type PlutSettingsInput = Omit<PlutSettings, "regionCode" | "templates" | "placeholders">;

export type SendListItem = {
  orderId: string;
  code: string;
  buyerName: string;
  phone: string;
  text: string;
  link: string | null;
  sentBy: string | null;
  sentAt: string | null;
};

export type CashToday = {
  date: string;
  zone: string;
  total: number;
  count: number;
  byStaff: Array<{ staff: string; total: number; count: number }>;
};

export const plutApi = {
  settings: (signal?: AbortSignal) => api.get<PlutSettings>("/api/market/admin/plut", { signal }),
  saveSettings: (input: PlutSettingsInput) => api.put<PlutSettings>("/api/market/admin/plut", input),
  saveTemplates: (templates: Partial<Record<MessageEvent, string>>) =>
    api.put<PlutSettings>("/api/market/admin/plut/messages", { templates }),
  sendList: (query: { event: MessageEvent; date: string }, signal?: AbortSignal) =>
    api.get<SendListItem[]>("/api/market/admin/messages", { query, signal }),
  markSent: ({ orderId, event }: { orderId: string; event: MessageEvent }) =>
    api.post<{ sentBy: string; sentAt: string }>(
      `/api/market/admin/orders/${orderId}/messages/${event}/sent`,
    ),
  byCode: (code: string, signal?: AbortSignal) =>
    api.get<StaffOrder>("/api/market/admin/orders/by-code", { query: { code }, signal }),
  cashToday: (signal?: AbortSignal) => api.get<CashToday>("/api/market/admin/cash-today", { signal }),
};
