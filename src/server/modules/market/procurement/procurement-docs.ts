// S5 documents to producers: the purchase order (surat pesanan) per producer, and the hand-over
// record (BAST, berita acara serah terima) per delivery, each with signature blocks.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import { FONT, factRows, type Pdf, renderPdf, table } from "../pdf";
import { requirePermission } from "../permissions";
import { producers, products } from "../schema";
import { plutSettings, procurementDeliveries, procurements, purchaseOrders } from "../schema-money";
import { orderItems, orders } from "../schema-orders";

async function poContext(t: Tx, poId: string) {
  const [row] = await t
    .select({ po: purchaseOrders, p: procurements, o: orders, producer: producers, product: products })
    .from(purchaseOrders)
    .innerJoin(procurements, eq(procurements.id, purchaseOrders.procurementId))
    .innerJoin(orders, eq(orders.id, procurements.orderId))
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .innerJoin(products, eq(products.id, orderItems.productId))
    .innerJoin(producers, eq(producers.id, purchaseOrders.producerId))
    .where(eq(purchaseOrders.id, poId))
    .limit(1);
  if (!row) throw notFound();
  const [plut] = await t
    .select()
    .from(plutSettings)
    .where(eq(plutSettings.regionCode, row.po.regionCode))
    .limit(1);
  return { ...row, plut };
}

function header(
  doc: Pdf,
  plut: { name: string; address: string } | undefined,
  title: string,
  number: string,
) {
  doc
    .font(FONT.bold)
    .fontSize(13)
    .text(plut?.name ?? "PLUT", { align: "center" });
  if (plut?.address) doc.font(FONT.regular).fontSize(9).text(plut.address, { align: "center" });
  doc.moveDown();
  doc.font(FONT.bold).fontSize(15).text(title, { align: "center" });
  doc.font(FONT.regular).fontSize(10).text(`Nomor: ${number}`, { align: "center" });
  doc.moveDown();
}

/** Two signature blocks side by side, names under the lines. */
function signatures(doc: Pdf, left: [string, string], right: [string, string]) {
  doc.moveDown(2);
  const y = doc.y;
  const x0 = doc.page.margins.left;
  for (const [i, [role, name]] of [left, right].entries()) {
    const x = x0 + i * 260;
    doc.font(FONT.regular).fontSize(10).text(role, x, y, { width: 230, align: "center" });
    doc.text(`( ${name} )`, x, y + 70, { width: 230, align: "center" });
  }
  doc.x = x0;
  doc.y = y + 100;
}

const producerLabel = (p: { name: string; ownerName: string | null }) =>
  p.ownerName ? `${p.name} (${p.ownerName})` : p.name;

/** The purchase order to one producer: what, how many, by when, where to deliver. */
export async function purchaseOrderPdf({ ctx, id }: { ctx: Ctx; id: string }) {
  requirePermission(ctx, "market.manage");
  const c = await tx(ctx, async (t) => {
    const found = await poContext(t, id);
    requireScope(ctx, found.po.regionCode);
    return found;
  });
  const pdf = await renderPdf(
    (doc) => {
      header(doc, c.plut, "SURAT PESANAN (PURCHASE ORDER)", c.po.number);
      factRows(doc, [
        ["Kepada", producerLabel(c.producer)],
        ["Untuk pesanan", `${c.o.institution ?? c.o.buyerName} (${c.o.code})`],
        ["Diserahkan paling lambat", c.p.dueDate],
        ["Tempat penyerahan", c.plut?.address || (c.plut?.name ?? "PLUT")],
      ]);
      table(
        doc,
        [
          { title: "Barang", width: 300 },
          { title: "Jumlah", width: 100, align: "right" },
          { title: "Satuan", width: 95 },
        ],
        [[c.product.name, c.po.quantity.toLocaleString("id-ID"), c.product.unit]],
      );
      doc
        .font(FONT.regular)
        .fontSize(9)
        .text(
          "Setiap penyerahan dicatat dengan berita acara serah terima (BAST) yang ditandatangani kedua pihak. " +
            "Pembayaran kepada produsen mengikuti jumlah yang diterima menurut BAST.",
        );
      signatures(
        doc,
        ["Pemesan,", c.plut?.name ?? "PLUT"],
        ["Produsen,", c.producer.ownerName ?? c.producer.name],
      );
    },
    { title: `Surat pesanan ${c.po.number}` },
  );
  return { name: `${c.po.number}.pdf`, pdf };
}

/** The hand-over record of one delivery, with the PO's running total. */
export async function deliveryBastPdf({ ctx, id }: { ctx: Ctx; id: string }) {
  requirePermission(ctx, "market.manage");
  const c = await tx(ctx, async (t) => {
    const [d] = await t.select().from(procurementDeliveries).where(eq(procurementDeliveries.id, id)).limit(1);
    if (!d) throw notFound();
    requireScope(ctx, d.regionCode);
    const earlier = await t
      .select({ id: procurementDeliveries.id, quantity: procurementDeliveries.quantity })
      .from(procurementDeliveries)
      .where(eq(procurementDeliveries.purchaseOrderId, d.purchaseOrderId))
      .orderBy(procurementDeliveries.createdAt);
    const upTo = earlier.slice(0, earlier.findIndex((e) => e.id === d.id) + 1);
    return { d, total: upTo.reduce((s, e) => s + e.quantity, 0), ...(await poContext(t, d.purchaseOrderId)) };
  });
  const pdf = await renderPdf(
    (doc) => {
      header(doc, c.plut, "BERITA ACARA SERAH TERIMA BARANG", c.d.number);
      doc
        .font(FONT.regular)
        .fontSize(10)
        .text(
          `Pada tanggal ${c.d.deliveredOn}, ${producerLabel(c.producer)} (pihak pertama) menyerahkan kepada ` +
            `${c.plut?.name ?? "PLUT"} (pihak kedua) barang berikut sesuai surat pesanan ${c.po.number}:`,
        );
      doc.moveDown();
      table(
        doc,
        [
          { title: "Barang", width: 255 },
          { title: "Diserahkan", width: 80, align: "right" },
          { title: "Total diterima", width: 85, align: "right" },
          { title: "Dipesan", width: 75, align: "right" },
        ],
        [[c.product.name, String(c.d.quantity), String(c.total), String(c.po.quantity)]],
      );
      doc
        .font(FONT.regular)
        .fontSize(9)
        .text("Barang diterima dalam keadaan baik dan jumlah sesuai. Berita acara ini dibuat rangkap dua.");
      signatures(
        doc,
        ["Yang menyerahkan,", c.producer.ownerName ?? c.producer.name],
        ["Yang menerima,", c.d.receivedBy],
      );
    },
    { title: `BAST ${c.d.number}` },
  );
  return { name: `${c.d.number}.pdf`, pdf };
}
