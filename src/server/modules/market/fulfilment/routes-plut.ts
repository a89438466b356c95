import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { PlutInfo } from "../contract";
import { StaffOrder } from "../contract-orders";
import {
  CashToday,
  CashTodayQuery,
  MessageSentParams,
  MessageTemplatesBody,
  OrderCodeQuery,
  PlutRegionQuery,
  PlutSettingsBody,
  PlutSettingsOut,
  SendListItem,
  SendListQuery,
} from "../contract-plut";
import { cashToday, findOrderByCode } from "./counter-desk";
import { getPlutSettings, listPluts, saveMessageTemplates, savePlutSettings } from "./plut-settings";
import { listSendList, markMessageSent } from "./send-lists";

/** The PLUT's settings and message texts, the buyer message send lists, and the counter's desk tools. */
export async function marketPlutRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];

  app.get(
    "/api/market/pluts",
    {
      schema: { tags, security: [], response: { 200: z.array(PlutInfo.extend({ regionCode: z.string() })) } },
    },
    (req) => listPluts({ ctx: req.ctx }),
  );
  app.get(
    "/api/market/admin/plut",
    { schema: { tags, querystring: PlutRegionQuery, response: { 200: PlutSettingsOut } } },
    (req) => getPlutSettings({ ctx: req.ctx, regionCode: req.query.regionCode }),
  );
  app.put(
    "/api/market/admin/plut",
    { schema: { tags, body: PlutSettingsBody, response: { 200: PlutSettingsOut } } },
    (req) => savePlutSettings({ ctx: req.ctx, input: req.body }),
  );
  app.put(
    "/api/market/admin/plut/messages",
    { schema: { tags, body: MessageTemplatesBody, response: { 200: PlutSettingsOut } } },
    (req) => saveMessageTemplates({ ctx: req.ctx, input: req.body }),
  );
  app.get(
    "/api/market/admin/messages",
    { schema: { tags, querystring: SendListQuery, response: { 200: z.array(SendListItem) } } },
    (req) => listSendList({ ctx: req.ctx, query: req.query, trackBase: `${req.protocol}://${req.host}` }),
  );
  app.post(
    "/api/market/admin/orders/:id/messages/:event/sent",
    {
      schema: {
        tags,
        params: MessageSentParams,
        response: { 200: z.object({ sentBy: z.string(), sentAt: z.string() }) },
      },
    },
    (req) => markMessageSent({ ctx: req.ctx, orderId: req.params.id, event: req.params.event }),
  );
  app.get(
    "/api/market/admin/orders/by-code",
    { schema: { tags, querystring: OrderCodeQuery, response: { 200: StaffOrder } } },
    (req) => findOrderByCode({ ctx: req.ctx, code: req.query.code }),
  );
  app.get(
    "/api/market/admin/cash-today",
    { schema: { tags, querystring: CashTodayQuery, response: { 200: CashToday } } },
    (req) => cashToday({ ctx: req.ctx, date: req.query.date }),
  );
}
