// Seeding for the rush benchmark through the real verbs (system actor), plus bulk pre-orders by SQL.
import { createUser, systemCtx } from "../../src/server/modules/access";
import { createProduct, recordConsignment, saveProducer } from "../../src/server/modules/market";
import type { Database } from "../../src/server/platform/db/pool";
import { newId } from "../../src/server/platform/ids";

export async function seedProduct(
  database: Database,
  options: { name: string; stock: number; date: string; pool: "ready" | "preorder" },
) {
  const ctx = systemCtx(database, "bench");
  const producer = await saveProducer({
    ctx,
    input: { name: `Penjahit ${options.name}`, regionCode: "62.71", producerShareBps: 8500 },
  });
  const product = await createProduct({
    ctx,
    input: {
      name: options.name,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      regionCode: "62",
      codePrefix: "MSK",
      maxPerOrder: 500,
      producerIds: [producer.id],
    },
  });
  await recordConsignment({
    ctx,
    input: {
      productId: product.id,
      producerId: producer.id,
      quantity: options.stock,
      date: options.date,
      pool: options.pool,
    },
  });
  return product.id;
}

export async function seedKonsultan(database: Database): Promise<void> {
  const ctx = systemCtx(database, "bench");
  await createUser({
    ctx,
    input: {
      username: "konsultan.bench",
      displayName: "Konsultan",
      role: "konsultan_plut",
      scope: "62",
      password: "sinergi-bench-2020",
    },
  });
}

/** 10,000 queued pre-orders from ~7,000 buyers in one statement per table (the rush path is measured elsewhere). */
export async function seedPreOrders(
  database: Database,
  options: { productId: string; date: string; orders: number },
): Promise<void> {
  const buyers = Math.round(options.orders * 0.7);
  const buyerIds = Array.from({ length: buyers }, () => newId());
  const orderIds = Array.from({ length: options.orders }, () => newId());
  const itemIds = Array.from({ length: options.orders }, () => newId());
  await database.pool.query(
    `insert into market.buyers (id, phone, name, type, open_orders)
     select id, '+62812' || lpad(n::text, 8, '0'), 'Pembeli ' || n, case when n % 50 = 0 then 'institution' else 'individual' end, 1
     from unnest($1::uuid[]) with ordinality as b(id, n)`,
    [buyerIds],
  );
  await database.pool.query(
    `insert into market.orders (id, region_code, code, mode, supply_date, buyer_id, buyer_name, buyer_phone, buyer_type, fulfilment, status, subtotal, total, created_at)
     select o.id, '62', 'BN-' || lpad(n::text, 7, '0'), 'preorder', $3::date, b.id, b.name, b.phone, b.type, 'pickup', 'queued', 0, 0,
       now() - (random() * interval '1 day')
     from unnest($1::uuid[]) with ordinality as o(id, n)
     join market.buyers b on b.id = ($2::uuid[])[1 + (n * 7919) % array_length($2::uuid[], 1)]`,
    [orderIds, buyerIds, options.date],
  );
  await database.pool.query(
    `insert into market.order_items (id, order_id, region_code, product_id, quantity, unit_price)
     select x.id, x.order_id, '62', $3::uuid, 1 + floor(power(random(), 3) * 200)::int, 5000
     from unnest($1::uuid[], $2::uuid[]) as x(id, order_id)`,
    [itemIds, orderIds, options.productId],
  );
}
