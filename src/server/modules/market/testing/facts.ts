// Market rows the authorisation specs act on (a product, order, run, payment, settlement… inside
// Palangka Raya and one outside), seeded once per fixture, and the request helpers the specs share.
import type { Fixture } from "../../../testing/authz/types";
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

export const MANAGE = ["admin_provinsi", "konsultan_plut"] as const;
export const READ = ["admin_provinsi", "konsultan_plut", "pimpinan"] as const;
export const ORDER = ["pembeli_instansi", "konsultan_plut", "admin_provinsi"] as const;

export type MarketFacts = {
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

export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A multipart body with one PNG file, as a browser sends a photo upload. */
export function photoUpload(url: string) {
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

export const PLUT_BODY = {
  name: "PLUT Matriks",
  city: "Palangka Raya",
  address: "Jl. Matriks 1",
  openingDays: [{ day: 1, opens: "08:00", closes: "16:00" }],
  mapUrl: null,
  whatsapp: null,
  paymentHours: 24,
};

const facts = new WeakMap<Fixture, Promise<MarketFacts>>();

export function tomorrow(): string {
  return new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
}

let phones = 0;
export function phone(): string {
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
  // The pre-order below needs the day's supply: a day without any takes no pre-orders.
  const preorder = { productId: productIn, producerId: producerIn, quantity: 5, date: day };
  await recordConsignment({ ctx, input: { ...preorder, pool: "preorder" } });
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

export const orderPayload = (productId: string) => ({
  mode: "ready",
  items: [{ productId, quantity: 1 }],
  buyer: { name: "Pembeli Matriks", phone: phone(), type: "individual" },
  fulfilment: { method: "pickup" },
});
