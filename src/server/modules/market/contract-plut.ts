// API of the PLUT's own settings (address, hours, map, payment window, message texts), the buyer
// message send lists and the counter's order search and cash total.
import { z } from "zod";
import { OpeningDays } from "../../../shared/opening-hours";
import { IsoDate, Text } from "./contract";
import { BUYER_MESSAGE_EVENTS } from "./domain/buyer-messages";

export const PlutRegionQuery = z.object({ regionCode: Text().max(20).optional() });

const MapUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^https:\/\/\S+$/, "Tautan peta harus diawali https://");

export const PlutSettingsBody = z.object({
  regionCode: Text().max(20).optional(),
  name: Text().min(3).max(200),
  city: Text().max(100),
  address: Text().max(300),
  openingDays: OpeningDays,
  mapUrl: MapUrl.nullable().or(z.literal("").transform(() => null)),
  whatsapp: Text().max(32).nullable(),
  paymentHours: z.number().int().min(1).max(168),
});
export type PlutSettingsBody = z.infer<typeof PlutSettingsBody>;

export const MessageEvent = z.enum(BUYER_MESSAGE_EVENTS);
export type MessageEvent = z.infer<typeof MessageEvent>;

export const MessageTemplatesBody = z.object({
  regionCode: Text().max(20).optional(),
  /** Per event: the PLUT's own text, or an empty string to go back to the default. */
  templates: z.partialRecord(MessageEvent, z.string().max(1000)),
});
export type MessageTemplatesBody = z.infer<typeof MessageTemplatesBody>;

export const PlutSettingsOut = z.object({
  regionCode: z.string(),
  name: z.string(),
  city: z.string(),
  address: z.string(),
  openingDays: z.array(z.object({ day: z.number().int(), opens: z.string(), closes: z.string() })),
  /** Free-text hours from before they were kept per day; shown while no day is set. */
  openingHoursText: z.string(),
  mapUrl: z.string().nullable(),
  whatsapp: z.string().nullable(),
  paymentHours: z.number().int(),
  templates: z.array(
    z.object({ event: MessageEvent, text: z.string(), defaultText: z.string(), custom: z.boolean() }),
  ),
  placeholders: z.array(z.string()),
});
export type PlutSettingsOut = z.infer<typeof PlutSettingsOut>;

export const SendListQuery = z.object({ event: MessageEvent, date: IsoDate });
export type SendListQuery = z.infer<typeof SendListQuery>;

export const SendListItem = z.object({
  orderId: z.string(),
  code: z.string(),
  buyerName: z.string(),
  /** E.164 (+62…), or the number as written when it is not a mobile number. */
  phone: z.string(),
  text: z.string(),
  /** wa.me link with the text filled in; null when the number is not a WhatsApp mobile. */
  link: z.string().nullable(),
  sentBy: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type SendListItem = z.infer<typeof SendListItem>;

export const MessageSentParams = z.object({ id: z.uuid(), event: MessageEvent });

/** A code as typed, or the tracking link a scanned slip holds. */
export const OrderCodeQuery = z.object({ code: Text().min(1).max(300) });

export const CashTodayQuery = z.object({ date: IsoDate.optional() });
export const CashToday = z.object({
  date: z.string(),
  zone: z.string(),
  total: z.number().int(),
  count: z.number().int(),
  byStaff: z.array(z.object({ staff: z.string(), total: z.number().int(), count: z.number().int() })),
});
export type CashToday = z.infer<typeof CashToday>;
