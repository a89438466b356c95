// Calls of the PLUT's own settings, the buyer message send lists and the counter desk.
import type {
  CashToday,
  MessageEvent,
  PlutSettingsBody,
  PlutSettingsOut,
  SendListItem,
} from "../../../server/modules/market/contract-plut";
import { api } from "../../lib/api";
import type { StaffOrder } from "./api-orders";

export type { CashToday, MessageEvent, SendListItem };
export type PlutSettings = PlutSettingsOut;
export type PlutSettingsInput = PlutSettingsBody;

/** The send lists in the order the page offers them; the record makes tsc name a missing event. */
const EVENT_ORDER: Record<MessageEvent, true> = {
  allocation: true,
  waitlist_offer: true,
  payment_received: true,
  ready_for_pickup: true,
  dispatched: true,
};
export const MESSAGE_EVENTS = Object.keys(EVENT_ORDER) as MessageEvent[];

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
