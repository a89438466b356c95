// Market routes in the authorisation matrix, second half (staff work after the order).
import type { RouteSpec } from "../../../testing/authz/types";
import { MANAGE, marketFacts, ORDER, PLUT_BODY, phone, photoUpload, READ, tomorrow } from "./facts";

export const marketSpecsB: RouteSpec[] = [
  {
    route: "POST /api/market/admin/products/:id/photos",
    allow: MANAGE,
    request: async (f) =>
      photoUpload(`/api/market/admin/products/${(await marketFacts(f)).productIn}/photos`),
    outOfScope: async (f) =>
      photoUpload(`/api/market/admin/products/${(await marketFacts(f)).productOut}/photos`),
  },

  {
    route: "GET /api/market/orders/:code/payment",
    allow: "public",
    request: async (f) => ({ url: `/api/market/orders/${(await marketFacts(f)).orderCode}/payment` }),
  },
  {
    route: "POST /api/market/orders/:code/proof",
    allow: "public",
    request: async (f) => photoUpload(`/api/market/orders/${(await marketFacts(f)).orderCode}/proof`),
  },
  {
    route: "GET /api/market/orders/:code/receipt.pdf",
    allow: "public",
    request: async (f) => ({ url: `/api/market/orders/${(await marketFacts(f)).orderCode}/receipt.pdf` }),
  },
  {
    route: "GET /api/market/admin/payments",
    allow: READ,
    request: () => ({ url: "/api/market/admin/payments" }),
  },
  {
    route: "POST /api/market/admin/payments/:id/verify",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/payments/${(await marketFacts(f)).paymentIn}/verify`,
      payload: { accept: true },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/payments/${(await marketFacts(f)).paymentOut}/verify`,
      payload: { accept: true },
    }),
  },
  {
    route: "GET /api/market/admin/payments/:id/proof",
    allow: READ,
    request: async (f) => ({ url: `/api/market/admin/payments/${(await marketFacts(f)).paymentIn}/proof` }),
    outOfScope: async (f) => ({
      url: `/api/market/admin/payments/${(await marketFacts(f)).paymentOut}/proof`,
    }),
  },
  {
    route: "POST /api/market/admin/statements",
    allow: MANAGE,
    request: () => ({
      method: "POST",
      url: "/api/market/admin/statements",
      payload: { csv: "2020-04-07;TRF MSK-7KQ4XZP;5.000" },
    }),
  },

  {
    route: "GET /api/market/admin/settlements",
    allow: READ,
    request: () => ({ url: "/api/market/admin/settlements?from=2020-04-01&to=2020-04-30" }),
  },
  {
    route: "POST /api/market/admin/settlements",
    allow: MANAGE,
    request: () => ({
      method: "POST",
      url: "/api/market/admin/settlements",
      payload: { from: "2020-05-01", to: "2020-05-31" },
    }),
  },
  {
    route: "POST /api/market/admin/settlements/:id/paid",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/settlements/${(await marketFacts(f)).settlementIn}/paid`,
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/settlements/${(await marketFacts(f)).settlementOut}/paid`,
    }),
  },
  {
    route: "GET /api/market/settlements/:id/statement.pdf",
    allow: [...READ, "pelaku_usaha"],
    request: async (f) => ({
      url: `/api/market/settlements/${(await marketFacts(f)).settlementIn}/statement.pdf`,
    }),
    outOfScope: async (f) => ({
      url: `/api/market/settlements/${(await marketFacts(f)).settlementOut}/statement.pdf`,
    }),
  },
  {
    route: "GET /api/market/admin/settlements.xlsx",
    allow: READ,
    request: () => ({ url: "/api/market/admin/settlements.xlsx?from=2020-04-01&to=2020-04-30" }),
  },
  {
    route: "GET /api/market/my/settlements",
    allow: ["pelaku_usaha"],
    request: () => ({ url: "/api/market/my/settlements" }),
  },

  {
    route: "POST /api/market/procurements",
    allow: ORDER,
    request: async (f) => ({
      method: "POST",
      url: "/api/market/procurements",
      payload: {
        productId: (await marketFacts(f)).productIn,
        quantity: 10,
        dueDate: "2099-01-01",
        institution: "Bank Kalteng",
        contactName: "Yohanes",
        phone: phone(),
      },
    }),
  },
  {
    route: "GET /api/market/procurements",
    allow: ORDER,
    request: () => ({ url: "/api/market/procurements" }),
  },
  {
    route: "GET /api/market/procurements/:id/invoice.pdf",
    allow: ORDER,
    request: async (f) => ({
      url: `/api/market/procurements/${(await marketFacts(f)).procurementIn}/invoice.pdf`,
    }),
    outOfScope: async (f) => ({
      url: `/api/market/procurements/${(await marketFacts(f)).procurementOut}/invoice.pdf`,
    }),
  },
  {
    route: "POST /api/market/purchase-orders/:id/delivered",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/purchase-orders/${(await marketFacts(f)).poIn}/delivered`,
      payload: { quantity: 10 },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/purchase-orders/${(await marketFacts(f)).poOut}/delivered`,
      payload: { quantity: 10 },
    }),
  },
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
