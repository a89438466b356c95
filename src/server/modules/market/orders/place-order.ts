import { parseMobilePhone } from "../../../../shared/phone";
import { AppError, type ErrorIssue, type LocalText } from "../../../platform/errors";
import { actorName, type Ctx, tx } from "../../access";
import { supplyDateOf } from "../allocation/supply-dates";
import { loadOrderableProducts, type OrderableProduct } from "../catalogue/product-cache";
import type { PlacedOrder, PlaceOrderBody } from "../contract";
import { checkOrderLimits, DEFAULT_ORDER_LIMITS, limitMessage } from "../domain";
import { addDays, plutToday } from "../domain/supply-day";
import { marketError } from "../errors";
import { type NewOrderLine, writeOrder } from "./order-insert";
import { storeCtx } from "./store-ctx";

export type PlaceOrderOptions = { limits: boolean };

const invalid = (path: string, text: LocalText): AppError =>
  new AppError("VALIDATION", { text, issues: [{ path, message: text.id }] });

/** One line per product, with where the buyer listed it (`at`: indexes in the body's items). */
type OrderLine = { productId: string; quantity: number; at: number[] };

function mergeItems(items: PlaceOrderBody["items"]): OrderLine[] {
  const byProduct = new Map<string, OrderLine>();
  for (const [i, item] of items.entries()) {
    const line = byProduct.get(item.productId);
    if (line) {
      line.quantity += item.quantity;
      line.at.push(i);
    } else byProduct.set(item.productId, { productId: item.productId, quantity: item.quantity, at: [i] });
  }
  // Sorted, so concurrent orders lock products' stock rows in one order and never deadlock.
  return [...byProduct.values()].sort((a, b) => (a.productId < b.productId ? -1 : 1));
}

/** A merged line's issue, put on each line the buyer sent for its product, so the form marks those. */
const lineIssues = (line: OrderLine, field: "productId" | "quantity", message: string): ErrorIssue[] =>
  line.at.map((i) => ({ path: `items.${i}.${field}`, message }));

function checkLine(ctx: Ctx, product: OrderableProduct, line: OrderLine, input: PlaceOrderBody): void {
  const base = DEFAULT_ORDER_LIMITS[input.buyer.type];
  const max =
    input.buyer.type === "individual" && product.maxPerOrder ? product.maxPerOrder : base.maxQuantityPerOrder;
  const check = checkOrderLimits({
    quantity: line.quantity,
    openOrders: 0,
    limits: { ...base, minQuantity: product.minOrder, maxQuantityPerOrder: max },
  });
  if (check.ok) return;
  const text = { id: limitMessage(check.violation, "id"), en: limitMessage(check.violation, "en") };
  const issues = lineIssues(line, "quantity", text[ctx.lang]);
  if (check.violation.code === "BELOW_MINIMUM") throw new AppError("VALIDATION", { text, issues });
  throw marketError("ORDER_LIMIT", { text, issues });
}

async function resolveProducts(ctx: Ctx, lines: OrderLine[], input: PlaceOrderBody) {
  const found = await loadOrderableProducts(
    ctx.db,
    lines.map((l) => l.productId),
  );
  const products = lines.map((line) => {
    const product = found.get(line.productId);
    if (!product?.isActive) {
      const text = { id: "Produk tidak ditemukan.", en: "Product not found." };
      throw new AppError("VALIDATION", { text, issues: lineIssues(line, "productId", text[ctx.lang]) });
    }
    checkLine(ctx, product, line, input);
    return product;
  });
  const region = products[0]?.regionCode ?? "";
  if (products.some((p) => p.regionCode !== region)) {
    throw invalid("items", {
      id: "Satu pesanan hanya untuk produk dari satu PLUT.",
      en: "One order can only hold products of one PLUT.",
    });
  }
  return { products, region };
}

async function checkSupplyDate(ctx: Ctx, products: OrderableProduct[], supplyDate: string): Promise<void> {
  const region = products[0]?.regionCode ?? "";
  if (supplyDate < plutToday(region, ctx.now)) {
    throw invalid("supplyDate", { id: "Tanggal pasokan sudah lewat.", en: "The supply date has passed." });
  }
  // The rule of the store's date list: a confirmed day is refused again (race-free) by the write itself.
  const days = await tx(storeCtx(ctx), (t) =>
    Promise.all(products.map((p) => supplyDateOf(t, p, supplyDate))),
  );
  if (days.some((d) => d.closedReason === "no_supply")) throw marketError("NO_PREORDER_SUPPLY");
  if (days.some((d) => !d.open)) throw preorderClosed();
}

/**
 * Places a store order. Ready stock is taken in the same transaction that inserts the order (never
 * oversold; OUT_OF_STOCK takes nothing); a pre-order is queued for its supply day's allocation.
 */
export async function placeOrder({
  ctx,
  input,
  options,
}: {
  ctx: Ctx;
  input: PlaceOrderBody;
  options: PlaceOrderOptions;
}): Promise<PlacedOrder> {
  const phone = parseMobilePhone(input.buyer.phone);
  if (!phone.ok)
    throw invalid("buyer.phone", {
      id: "Nomor WhatsApp tidak valid (contoh: 0812 3456 7890).",
      en: "Invalid WhatsApp number (e.g. 0812 3456 7890).",
    });
  if (input.fulfilment.method === "delivery" && !input.fulfilment.address) {
    throw invalid("fulfilment.address", {
      id: "Alamat pengiriman wajib diisi.",
      en: "A delivery address is required.",
    });
  }
  const lines = mergeItems(input.items);
  const { products, region } = await resolveProducts(ctx, lines, input);
  const supplyDate =
    input.mode === "preorder" ? (input.supplyDate ?? addDays(plutToday(region, ctx.now), 1)) : null;
  if (supplyDate) await checkSupplyDate(ctx, products, supplyDate);
  const user = ctx.actor.kind === "user" ? ctx.actor : null;
  const buyer = {
    phone: phone.e164,
    name: input.buyer.name,
    type: input.buyer.type,
    institution: input.buyer.type === "institution" ? (input.buyer.institution ?? input.buyer.name) : null,
  };
  const cap = options.limits ? DEFAULT_ORDER_LIMITS[input.buyer.type].maxOpenOrdersPerPhone : null;
  const newLines: NewOrderLine[] = lines.map((l, i) => ({
    productId: l.productId,
    quantity: l.quantity,
    allocated: input.mode === "ready" ? l.quantity : null,
    unitPrice: products[i]?.price ?? 0,
  }));
  const status = input.mode === "ready" ? "reserved" : "queued";
  const outcome = await writeOrder(ctx.db, {
    // The store is public: an order is written like a public one whoever places it.
    scope: "*",
    regionCode: region,
    codePrefix: products[0]?.codePrefix ?? "TK",
    mode: input.mode,
    supplyDate,
    status,
    buyer,
    cap,
    userId: user?.role === "pembeli_instansi" ? user.userId : null,
    originRegionCode: input.fulfilment.regionCode ?? null,
    fulfilment: input.fulfilment.method,
    deliveryAddress: input.fulfilment.address ?? null,
    channel: input.channel ?? null,
    lines: newLines,
    ledgerDate: input.mode === "ready" ? plutToday(region, ctx.now) : null,
    actor: actorName(ctx.actor),
  });
  if (!outcome.ok) {
    // The write counts lines as it was given them: merged and sorted, the order of `lines`.
    if (outcome.reason === "OUT_OF_STOCK")
      throw outOfStock(ctx, lines[outcome.index], products[outcome.index], outcome.available);
    if (outcome.reason === "PREORDER_CLOSED") throw preorderClosed();
    throw tooManyOpenOrders(cap ?? 0);
  }
  return {
    code: outcome.code,
    status,
    items: newLines.map((l) => ({
      productId: l.productId,
      quantity: l.quantity,
      allocated: l.allocated ?? 0,
    })),
  };
}

function preorderClosed(): AppError {
  return marketError("PREORDER_CLOSED");
}

function tooManyOpenOrders(limit: number): AppError {
  const violation = { code: "TOO_MANY_OPEN_ORDERS", limit } as const;
  return marketError("TOO_MANY_OPEN_ORDERS", {
    text: { id: limitMessage(violation, "id"), en: limitMessage(violation, "en") },
  });
}

function outOfStock(
  ctx: Ctx,
  line: OrderLine | undefined,
  product: OrderableProduct | undefined,
  available: number,
): AppError {
  if (!line || !product) return marketError("OUT_OF_STOCK");
  const text = {
    id: `Stok ${product.name} tidak mencukupi: tersedia ${available}.`,
    en: `Not enough stock of ${product.name}: ${available} available.`,
  };
  return marketError("OUT_OF_STOCK", {
    text: { id: `Stok ${product.name} tidak mencukupi.`, en: `Not enough stock of ${product.name}.` },
    issues: lineIssues(line, "quantity", text[ctx.lang]),
  });
}
