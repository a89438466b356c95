// Market routes in the authorisation matrix, first part (store, orders, catalogue management).
import type { RouteSpec } from "../../../testing/authz/types";
import { MANAGE, marketFacts, orderPayload, READ, tomorrow } from "./facts";

export const marketSpecsA: RouteSpec[] = [
  {
    route: "GET /api/market/products",
    allow: "public",
    request: () => ({ url: "/api/market/products?q=masker" }),
  },
  {
    route: "POST /api/market/orders",
    allow: "public",
    request: async (f) => ({
      method: "POST",
      url: "/api/market/orders",
      payload: orderPayload((await marketFacts(f)).productIn),
    }),
  },
  {
    route: "GET /api/market/orders/:code",
    allow: "public",
    request: async (f) => ({ url: `/api/market/orders/${(await marketFacts(f)).orderCode}` }),
  },
  { route: "GET /api/market/producers", allow: READ, request: () => ({ url: "/api/market/producers" }) },
  {
    route: "POST /api/market/producers",
    allow: MANAGE,
    request: (f) => ({
      method: "POST",
      url: "/api/market/producers",
      payload: { name: `Penjahit ${f.unique()}`, regionCode: "62.71" },
    }),
    outOfScope: (f) => ({
      method: "POST",
      url: "/api/market/producers",
      payload: { name: `Penjahit ${f.unique()}`, regionCode: "13.10" },
    }),
  },
  {
    route: "GET /api/market/admin/products",
    allow: READ,
    request: () => ({ url: "/api/market/admin/products" }),
  },
  {
    route: "POST /api/market/admin/products",
    allow: MANAGE,
    request: (f) => ({
      method: "POST",
      url: "/api/market/admin/products",
      payload: { name: `Produk ${f.unique()}`, unit: "pcs", category: "Lain", price: 1000, regionCode: "62" },
    }),
    outOfScope: (f) => ({
      method: "POST",
      url: "/api/market/admin/products",
      payload: { name: `Produk ${f.unique()}`, unit: "pcs", category: "Lain", price: 1000, regionCode: "13" },
    }),
  },
  {
    route: "PATCH /api/market/admin/products/:id",
    allow: MANAGE,
    request: async (f) => ({
      method: "PATCH",
      url: `/api/market/admin/products/${(await marketFacts(f)).productIn}`,
      payload: { description: "Tiga lapis" },
    }),
    outOfScope: async (f) => ({
      method: "PATCH",
      url: `/api/market/admin/products/${(await marketFacts(f)).productOut}`,
      payload: { description: "x" },
    }),
  },
  {
    route: "POST /api/market/consignments",
    allow: MANAGE,
    request: async (f) => {
      const m = await marketFacts(f);
      return {
        method: "POST",
        url: "/api/market/consignments",
        payload: {
          productId: m.productIn,
          producerId: m.producerIn,
          quantity: 5,
          date: tomorrow(),
          pool: "ready",
        },
      };
    },
    outOfScope: async (f) => {
      const m = await marketFacts(f);
      return {
        method: "POST",
        url: "/api/market/consignments",
        payload: { productId: m.productOut, producerId: m.producerOut, quantity: 5, date: tomorrow() },
      };
    },
  },
  {
    route: "POST /api/market/consignments/batch",
    allow: MANAGE,
    request: async (f) => {
      const m = await marketFacts(f);
      return {
        method: "POST",
        url: "/api/market/consignments/batch",
        payload: {
          productId: m.productIn,
          date: tomorrow(),
          pool: "ready",
          entries: [{ producerId: m.producerIn, quantity: 5 }],
        },
      };
    },
    outOfScope: async (f) => {
      const m = await marketFacts(f);
      return {
        method: "POST",
        url: "/api/market/consignments/batch",
        payload: {
          productId: m.productOut,
          date: tomorrow(),
          entries: [{ producerId: m.producerOut, quantity: 5 }],
        },
      };
    },
  },
  {
    route: "POST /api/market/allocations",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: "/api/market/allocations",
      payload: { productId: (await marketFacts(f)).productIn, supplyDate: tomorrow() },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: "/api/market/allocations",
      payload: { productId: (await marketFacts(f)).productOut, supplyDate: tomorrow() },
    }),
  },
  {
    route: "POST /api/market/allocations/:id/confirm",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/allocations/${(await marketFacts(f)).runIn}/confirm`,
      payload: {},
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/allocations/${(await marketFacts(f)).runOut}/confirm`,
      payload: {},
    }),
  },

  {
    route: "GET /api/market/catalogue",
    allow: "public",
    request: () => ({ url: "/api/market/catalogue?q=masker" }),
  },
  {
    route: "GET /api/market/catalogue/:id",
    allow: "public",
    request: async (f) => ({ url: `/api/market/catalogue/${(await marketFacts(f)).productIn}` }),
  },
  {
    route: "GET /api/market/catalogue/:id/og.png",
    allow: "public",
    request: async (f) => ({ url: `/api/market/catalogue/${(await marketFacts(f)).productIn}/og.png` }),
  },
  {
    route: "GET /api/market/catalogue/:id/photos/:fileId",
    allow: "public",
    request: async (f) => {
      const m = await marketFacts(f);
      return { url: `/api/market/catalogue/${m.productIn}/photos/${m.photo}` };
    },
  },
  {
    route: "GET /api/market/admin/orders",
    allow: READ,
    request: () => ({ url: `/api/market/admin/orders?date=${tomorrow()}` }),
  },
  {
    route: "POST /api/market/admin/orders/:id/pay",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderIn}/pay`,
      payload: { method: "cash" },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderOut}/pay`,
      payload: { method: "cash" },
    }),
  },
  {
    route: "POST /api/market/admin/orders/:id/fulfil",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderIn}/fulfil`,
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderOut}/fulfil`,
    }),
  },
  {
    // The fixture's producer has consignments: allowed roles get 409 (kept), others 403.
    route: "DELETE /api/market/producers/:id",
    allow: MANAGE,
    request: async (f) => ({
      method: "DELETE",
      url: `/api/market/producers/${(await marketFacts(f)).producerIn}`,
    }),
    outOfScope: async (f) => ({
      method: "DELETE",
      url: `/api/market/producers/${(await marketFacts(f)).producerOut}`,
    }),
  },
  {
    route: "POST /api/market/admin/orders/:id/refund",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderIn}/refund`,
      payload: { reason: "retur" },
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderOut}/refund`,
      payload: { reason: "retur" },
    }),
  },
  {
    route: "POST /api/market/admin/orders/:id/cancel",
    allow: MANAGE,
    request: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderIn}/cancel`,
    }),
    outOfScope: async (f) => ({
      method: "POST",
      url: `/api/market/admin/orders/${(await marketFacts(f)).orderOut}/cancel`,
    }),
  },
  {
    route: "GET /api/market/admin/days",
    allow: READ,
    request: async (f) => ({
      url: `/api/market/admin/days?productId=${(await marketFacts(f)).productIn}&supplyDate=${tomorrow()}`,
    }),
    outOfScope: async (f) => ({
      url: `/api/market/admin/days?productId=${(await marketFacts(f)).productOut}&supplyDate=${tomorrow()}`,
    }),
  },
  {
    route: "GET /api/market/admin/stock",
    allow: READ,
    request: async (f) => ({ url: `/api/market/admin/stock?productId=${(await marketFacts(f)).productIn}` }),
    outOfScope: async (f) => ({
      url: `/api/market/admin/stock?productId=${(await marketFacts(f)).productOut}`,
    }),
  },
  {
    route: "POST /api/market/stock-movements",
    allow: MANAGE,
    request: async (f) => {
      const m = await marketFacts(f);
      return {
        method: "POST",
        url: "/api/market/stock-movements",
        payload: {
          productId: m.productIn,
          producerId: m.producerIn,
          kind: "damaged",
          quantity: 1,
          date: tomorrow(),
        },
      };
    },
    outOfScope: async (f) => {
      const m = await marketFacts(f);
      return {
        method: "POST",
        url: "/api/market/stock-movements",
        payload: {
          productId: m.productOut,
          producerId: m.producerOut,
          kind: "damaged",
          quantity: 1,
          date: tomorrow(),
        },
      };
    },
  },
];
