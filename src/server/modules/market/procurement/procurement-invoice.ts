// The invoice to the institution for its procurement, and the list of purchase orders to producers.
import { eq } from "drizzle-orm";
import { formatRupiah, terbilangRupiah } from "../../../../shared/money";
import { notFound } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { FONT, factRows, renderPdf, table } from "../pdf";
import { requirePermission } from "../permissions";
import { plutSettings, procurements } from "../schema-money";
import { orders } from "../schema-orders";
import { loadProcurement } from "./procurement";

export async function procurementInvoice({
  ctx,
  id,
}: {
  ctx: Ctx;
  id: string;
}): Promise<{ name: string; pdf: Buffer }> {
  requirePermission(ctx, "market.institution_order");
  const own = ctx.actor.kind === "user" && ctx.actor.role === "pembeli_instansi" ? ctx.actor.userId : null;
  const readCtx: Ctx = own ? { ...ctx, actor: { kind: "system", name: "procurement", scope: "*" } } : ctx;
  const data = await tx(readCtx, async (t) => {
    const [row] = await t
      .select({ p: procurements, o: orders })
      .from(procurements)
      .innerJoin(orders, eq(orders.id, procurements.orderId))
      .where(eq(procurements.id, id))
      .limit(1);
    if (!row || (own && row.o.userId !== own)) throw notFound();
    const view = await loadProcurement(t, ctx, id);
    const [plut] = await t
      .select()
      .from(plutSettings)
      .where(eq(plutSettings.regionCode, row.p.regionCode))
      .limit(1);
    return { row, view, plut };
  });
  const { row, view, plut } = data;
  const unitPrice = view.assigned > 0 ? Math.round(view.total / view.assigned) : 0;
  const pdf = await renderPdf(
    (doc) => {
      doc
        .font(FONT.bold)
        .fontSize(13)
        .text(plut?.name ?? "PLUT", { align: "center" });
      if (plut?.address) doc.font(FONT.regular).fontSize(9).text(plut.address, { align: "center" });
      doc.moveDown();
      doc.font(FONT.bold).fontSize(16).text("INVOICE", { align: "center" });
      doc.moveDown();
      factRows(doc, [
        ["Nomor", `INV-${view.orderCode}`],
        ["Kepada", view.institution],
        ["Kontak", `${row.o.buyerName} (${row.o.buyerPhone})`],
        ["Tanggal kirim", view.dueDate],
      ]);
      table(
        doc,
        [
          { title: "Barang", width: 235 },
          { title: "Jumlah", width: 70, align: "right" },
          { title: "Harga", width: 90, align: "right" },
          { title: "Subtotal", width: 100, align: "right" },
        ],
        [[view.productName, String(view.assigned), formatRupiah(unitPrice), formatRupiah(view.total)]],
      );
      doc
        .font(FONT.bold)
        .fontSize(11)
        .text(`Total: ${formatRupiah(view.total)}`, { align: "right" });
      doc
        .font(FONT.italic)
        .fontSize(9)
        .text(`Terbilang: ${terbilangRupiah(view.total)}`, { align: "right" });
      if (view.unfilled > 0)
        doc
          .font(FONT.regular)
          .fontSize(9)
          .text(
            `Dari ${view.quantity} unit yang dipesan, ${view.unfilled} tidak sanggup dibuat produsen sampai tanggal kirim.`,
          );
      if (plut?.bankAccount)
        doc.moveDown().font(FONT.regular).fontSize(9).text(`Pembayaran ke ${plut.bankAccount}.`);
      doc.moveDown();
      doc.font(FONT.bold).fontSize(10).text(`Dibuat oleh ${view.purchaseOrders.length} produsen UMKM:`);
      table(
        doc,
        [
          { title: "PO", width: 140 },
          { title: "Produsen", width: 255 },
          { title: "Jumlah", width: 100, align: "right" },
        ],
        view.purchaseOrders.map((po) => [po.number, po.producerName, String(po.quantity)]),
      );
    },
    { title: `Invoice ${view.orderCode}` },
  );
  return { name: `invoice-${view.orderCode}.pdf`, pdf };
}
