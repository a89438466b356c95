// Market routes in the authorisation matrix, second part (staff work after the order).
import type { RouteSpec } from "../../../testing/authz/types";
import { MANAGE, marketFacts, ORDER, phone, photoUpload, READ } from "./facts";

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
];
