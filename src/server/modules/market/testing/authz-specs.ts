import type { Fixture, RouteSpec } from "../../../testing/authz/types";
import { systemCtx } from "../../access";
import {
  addProductPhoto,
  createProcurement,
  createProduct,
  placeOrder,
  recordConsignment,
  recordDelivery,
  runAllocation,
  saveProducer,
  submitTransferProof,
} from "../index";

const MANAGE = ["admin_provinsi", "konsultan_plut"] as const;
const READ = ["admin_provinsi", "konsultan_plut", "pimpinan"] as const;
const ORDER = ["pembeli_instansi", "konsultan_plut", "admin_provinsi"] as const;

type MarketFacts = {
  productIn: string;
  productOut: string;
  producerIn: string;
  producerOut: string;
  orderCode: string;
  runIn: string;
  runOut: string;
  orderIn: string;
  orderOut: string;
  photo: string;
  paymentIn: string;
  paymentOut: string;
  settlementIn: string;
  settlementOut: string;
  procurementIn: string;
  procurementOut: string;
  poIn: string;
  poOut: string;
  deliveryIn: string;
  deliveryOut: string;
  intakeIn: string;
  intakeOut: string;
};

const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A multipart body with one PNG file, as a browser sends a photo upload. */
function photoUpload(url: string) {
  const boundary = "----sinergi-authz";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.png"\r\nContent-Type: image/png\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), TINY_PNG, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return {
    method: "POST" as const,
    url,
    payload,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const PLUT_BODY = {
  name: "PLUT Matriks",
  city: "Palangka Raya",
  address: "Jl. Matriks 1",
  openingHours: "08.00–16.00",
  mapUrl: null,
  whatsapp: null,
  paymentHours: 24,
};

const facts = new WeakMap<Fixture, Promise<MarketFacts>>();

function tomorrow(): string {
  return new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
}

let phones = 0;
function phone(): string {
  phones += 1;
  return `0813${String(Date.now() % 10_000).padStart(4, "0")}${String(phones).padStart(4, "0")}`;
}

async function setUp(f: Fixture): Promise<MarketFacts> {
  const ctx = systemCtx(f.t.database, "authz");
  const producerIn = (await saveProducer({ ctx, input: { name: "Penjahit Matriks", regionCode: "62.71" } }))
    .id;
  const producerOut = (await saveProducer({ ctx, input: { name: "Penjahit Luar", regionCode: "13.10" } })).id;
  const productIn = (
    await createProduct({
      ctx,
      input: {
        name: "Masker matriks",
        unit: "lembar",
        category: "Masker",
        price: 5000,
        regionCode: "62",
        producerIds: [producerIn],
      },
    })
  ).id;
  const productOut = (
    await createProduct({
      ctx,
      input: {
        name: "Masker luar",
        unit: "lembar",
        category: "Masker",
        price: 5000,
        regionCode: "13",
        producerIds: [producerOut],
      },
    })
  ).id;
  const day = tomorrow();
  const intakeIn = await recordConsignment({
    ctx,
    input: { productId: productIn, producerId: producerIn, quantity: 1000, date: day, pool: "ready" },
  });
  const intakeOut = await recordConsignment({
    ctx,
    input: { productId: productOut, producerId: producerOut, quantity: 10, date: day },
  });
  const buyer = (name: string) => ({ name, phone: phone(), type: "individual" as const });
  const order = await placeOrder({
    ctx,
    input: {
      mode: "preorder",
      supplyDate: day,
      items: [{ productId: productIn, quantity: 2 }],
      buyer: buyer("Ani"),
      fulfilment: { method: "pickup" },
    },
    options: { limits: false },
  });
  await placeOrder({
    ctx,
    input: {
      mode: "preorder",
      supplyDate: day,
      items: [{ productId: productOut, quantity: 2 }],
      buyer: buyer("Budi"),
      fulfilment: { method: "pickup" },
    },
    options: { limits: false },
  });
  const ready = (productId: string, name: string) =>
    placeOrder({
      ctx,
      input: {
        mode: "ready",
        items: [{ productId, quantity: 1 }],
        buyer: buyer(name),
        fulfilment: { method: "pickup" },
      },
      options: { limits: false },
    });
  await recordConsignment({
    ctx,
    input: { productId: productOut, producerId: producerOut, quantity: 10, date: day, pool: "ready" },
  });
  const codeIn = (await ready(productIn, "Citra")).code;
  const codeOut = (await ready(productOut, "Dewi")).code;
  const idOf = async (code: string) =>
    (await f.t.database.pool.query<{ id: string }>("select id from market.orders where code = $1", [code]))
      .rows[0]?.id ?? "";
  const photo =
    (
      await addProductPhoto({
        ctx,
        id: productIn,
        file: { name: "m.png", mime: "image/png", data: TINY_PNG },
      })
    ).photoIds[0] ?? "";
  const proof = async (productId: string, name: string) => {
    const code = (await ready(productId, name)).code;
    await submitTransferProof({ ctx, code, file: { name: "bukti.png", mime: "image/png", data: TINY_PNG } });
    return (
      (
        await f.t.database.pool.query<{ id: string }>(
          "select p.id from market.payments p join market.orders o on o.id = p.order_id where o.code = $1",
          [code],
        )
      ).rows[0]?.id ?? ""
    );
  };
  const paymentIn = await proof(productIn, "Eka");
  const paymentOut = await proof(productOut, "Fajar");
  const settlement = async (producerId: string, region: string) => {
    const id = crypto.randomUUID();
    await f.t.database.pool.query(
      "insert into market.settlements (id, region_code, producer_id, period_from, period_to, statement, payable, created_by) values ($1, $2, $3, '2020-04-01', '2020-04-30', $4, 0, 'authz')",
      [
        id,
        region,
        producerId,
        JSON.stringify({
          producerId,
          unitsSold: 0,
          unitsReturned: 0,
          unitsDamaged: 0,
          grossSales: 0,
          returns: 0,
          netSales: 0,
          producerShareBps: 8500,
          producerShare: 0,
          plutFee: 0,
          damagedCompensation: 0,
          feePerPeriod: 0,
          payable: 0,
        }),
      ],
    );
    return id;
  };
  const settlementIn = await settlement(producerIn, "62");
  const settlementOut = await settlement(producerOut, "13");
  const procure = async (region: string, regionCode: string) => {
    const maker = await saveProducer({
      ctx,
      input: { name: `Konveksi ${region}`, regionCode, dailyCapacity: 100 },
    });
    const product = await createProduct({
      ctx,
      input: {
        name: `Masker dinas ${region}`,
        unit: "lembar",
        category: "Masker",
        price: 5000,
        regionCode: region,
        producerIds: [maker.id],
      },
    });
    const p = await createProcurement({
      ctx,
      input: {
        productId: product.id,
        quantity: 100,
        dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
        institution: "Dinas",
        contactName: "Rina",
        phone: phone(),
      },
    });
    const po = p.purchaseOrders[0]?.id ?? "";
    const delivery = await recordDelivery({ ctx, id: po, quantity: 5 });
    return { id: p.id, po, delivery: delivery.deliveryId ?? "" };
  };
  const procurementIn = await procure("62", "62.71");
  const procurementOut = await procure("13", "13.10");
  const runIn = (await runAllocation({ ctx, input: { productId: productIn, supplyDate: day } })).runId;
  const runOut = (await runAllocation({ ctx, input: { productId: productOut, supplyDate: day } })).runId;
  return {
    productIn,
    productOut,
    producerIn,
    producerOut,
    orderCode: order.code,
    runIn,
    runOut,
    orderIn: await idOf(codeIn),
    orderOut: await idOf(codeOut),
    photo,
    paymentIn,
    paymentOut,
    settlementIn,
    settlementOut,
    procurementIn: procurementIn.id,
    procurementOut: procurementOut.id,
    poIn: procurementIn.po,
    poOut: procurementOut.po,
    deliveryIn: procurementIn.delivery,
    deliveryOut: procurementOut.delivery,
    intakeIn: intakeIn.id,
    intakeOut: intakeOut.id,
  };
}

/** Facts seeded once per fixture (the first spec that needs them creates them). */
export function marketFacts(f: Fixture): Promise<MarketFacts> {
  let p = facts.get(f);
  if (!p) {
    p = setUp(f);
    facts.set(f, p);
  }
  return p;
}

const orderPayload = (productId: string) => ({
  mode: "ready",
  items: [{ productId, quantity: 1 }],
  buyer: { name: "Pembeli Matriks", phone: phone(), type: "individual" },
  fulfilment: { method: "pickup" },
});

export const marketSpecs: RouteSpec[] = [
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
