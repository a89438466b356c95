// Market routes in the authorisation matrix, third part (staff work after the order, continued).
import type { RouteSpec } from "../../../testing/authz/types";
import { MANAGE, marketFacts, PLUT_BODY, READ, tomorrow } from "./facts";

export const marketSpecsC: RouteSpec[] = [
  {
    route: "GET /api/market/purchase-orders/:id/po.pdf",
    allow: MANAGE,
    request: async (f) => ({ url: `/api/market/purchase-orders/${(await marketFacts(f)).poIn}/po.pdf` }),
    outOfScope: async (f) => ({ url: `/api/market/purchase-orders/${(await marketFacts(f)).poOut}/po.pdf` }),
  },
  {
    route: "GET /api/market/procurement-deliveries/:id/bast.pdf",
    allow: MANAGE,
    request: async (f) => ({
      url: `/api/market/procurement-deliveries/${(await marketFacts(f)).deliveryIn}/bast.pdf`,
    }),
    outOfScope: async (f) => ({
      url: `/api/market/procurement-deliveries/${(await marketFacts(f)).deliveryOut}/bast.pdf`,
    }),
  },

  {
    route: "GET /api/market/flyers/catalogue.pdf",
    allow: READ,
    request: () => ({ url: "/api/market/flyers/catalogue.pdf?category=Masker" }),
  },
  {
    route: "GET /api/market/flyers/square.svg",
    allow: READ,
    request: () => ({ url: "/api/market/flyers/square.svg" }),
  },
  {
    route: "GET /api/market/flyers/square.png",
    allow: READ,
    request: () => ({ url: "/api/market/flyers/square.png" }),
  },
  {
    route: "GET /api/market/admin/reports",
    allow: READ,
    request: () => ({ url: "/api/market/admin/reports?from=2020-04-01&to=2030-12-31" }),
  },

  {
    route: "POST /api/market/admin/orders/:id/delivery",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderIn}/delivery`,
      payload: { carrier: "ojek", fee: 10000, status: "sent" },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderOut}/delivery`,
      payload: { carrier: "ojek", fee: 10000, status: "sent" },
    }),
  },

  {
    route: "GET /api/market/my/intakes",
    allow: ["pelaku_usaha"],
    request: () => ({ url: "/api/market/my/intakes" }),
  },
  {
    // staff in scope, or the owner of the consigning business (others' receipts answer 404)
    route: "GET /api/market/consignments/:id/receipt.pdf",
    allow: [...READ, "pelaku_usaha"],
    request: async (f) => ({
      url: `/api/market/consignments/${(await marketFacts(f)).intakeIn}/receipt.pdf`,
    }),
    outOfScope: async (f) => ({
      url: `/api/market/consignments/${(await marketFacts(f)).intakeOut}/receipt.pdf`,
    }),
  },
  {
    route: "GET /api/market/my/stock",
    allow: ["pelaku_usaha"],
    request: () => ({ url: "/api/market/my/stock" }),
  },
  {
    route: "GET /api/market/my/sales",
    allow: ["pelaku_usaha"],
    request: () => ({ url: "/api/market/my/sales" }),
  },
  {
    route: "GET /api/market/pluts",
    allow: "public",
    request: () => ({ url: "/api/market/pluts" }),
  },
  {
    route: "GET /api/market/admin/plut",
    allow: READ,
    request: () => ({ url: "/api/market/admin/plut" }),
    outOfScope: () => ({ url: "/api/market/admin/plut?regionCode=13" }),
  },
  {
    route: "PUT /api/market/admin/plut",
    allow: MANAGE,
    request: () => ({ method: "PUT", url: "/api/market/admin/plut", payload: PLUT_BODY }),
    outOfScope: () => ({
      method: "PUT",
      url: "/api/market/admin/plut",
      payload: { ...PLUT_BODY, regionCode: "13" },
    }),
  },
  {
    route: "PUT /api/market/admin/plut/messages",
    allow: MANAGE,
    request: () => ({
      method: "PUT",
      url: "/api/market/admin/plut/messages",
      payload: { templates: { dispatched: "" } },
    }),
    outOfScope: () => ({
      method: "PUT",
      url: "/api/market/admin/plut/messages",
      payload: { regionCode: "13", templates: { dispatched: "" } },
    }),
  },
  {
    route: "GET /api/market/admin/messages",
    allow: READ,
    request: () => ({ url: `/api/market/admin/messages?event=allocation&date=${tomorrow()}` }),
  },
  {
    route: "POST /api/market/admin/orders/:id/messages/:event/sent",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderIn}/messages/allocation/sent`,
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderOut}/messages/allocation/sent`,
    }),
  },
  {
    route: "GET /api/market/admin/orders/by-code",
    allow: READ,
    request: async (f) => ({
      url: `/api/market/admin/orders/by-code?code=${(await marketFacts(f)).orderCode}`,
    }),
  },
  {
    route: "GET /api/market/admin/cash-today",
    allow: READ,
    request: () => ({ url: "/api/market/admin/cash-today" }),
  },
];
