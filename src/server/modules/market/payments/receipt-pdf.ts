// Kuitansi: the buyer's receipt of a paid order as PDF (items received, total in figures and words).
import { and, desc, eq } from "drizzle-orm";
import { formatDateTimeId } from "../../../../shared/dates";
import { formatRupiah, terbilangRupiah } from "../../../../shared/money";
import { type Ctx, tx } from "../../access";
import { plutZone } from "../domain/supply-day";
import { marketError } from "../errors";
import { receiptBuyer } from "../orders/order-privacy";
import { storeCtx } from "../orders/store-ctx";
import { FONT, factRows, renderPdf, table } from "../pdf";
import { products } from "../schema";
import { payments, plutSettings } from "../schema-money";
import { orderItems } from "../schema-orders";
import { orderByCode } from "./buyer-payments";

const METHOD: Record<string, string> = { cash: "Tunai", transfer: "Transfer bank", qris: "QRIS" };

export async function renderReceipt({
  ctx,
  code,
  phoneLast4,
}: {
  ctx: Ctx;
  code: string;
  phoneLast4?: string | undefined;
}): Promise<{ name: string; pdf: Buffer }> {
  const data = await tx(storeCtx(ctx), async (t) => {
    const order = await orderByCode(t, code);
    if (order.paymentStatus !== "paid" && order.paymentStatus !== "refunded") {
      throw marketError("ORDER_STATE", {
        text: {
          id: "Kuitansi tersedia setelah pesanan lunas.",
          en: "The receipt is available once the order is paid.",
        },
      });
    }
    const lines = await t
      .select({
        name: products.name,
        unit: products.unit,
        quantity: orderItems.quantity,
        allocated: orderItems.allocated,
        price: orderItems.unitPrice,
      })
      .from(orderItems)
      .innerJoin(products, eq(products.id, orderItems.productId))
      .where(eq(orderItems.orderId, order.id));
    const confirmed = await t
      .select()
      .from(payments)
      .where(and(eq(payments.orderId, order.id), eq(payments.status, "confirmed")))
      .orderBy(desc(payments.confirmedAt));
    const paid = confirmed.find((p) => p.kind === "payment");
    const refund = confirmed.find((p) => p.kind === "refund");
    const [plut] = await t
      .select()
      .from(plutSettings)
      .where(eq(plutSettings.regionCode, order.regionCode))
      .limit(1);
    return { order, lines, paid, refund, plut };
  });
  const { order, lines, paid, refund, plut } = data;
  // A refund gets its own document: the money went back, with the reason, never a silent revert.
  const title = refund ? "BUKTI PENGEMBALIAN DANA" : "KUITANSI";
  const tz = plutZone(order.regionCode);
  const pdf = await renderPdf(
    (doc) => {
      doc
        .font(FONT.bold)
        .fontSize(14)
        .text(plut?.name ?? "PLUT", { align: "center" });
      if (plut?.address) doc.font(FONT.regular).fontSize(9).text(plut.address, { align: "center" });
      doc.moveDown();
      doc.font(FONT.bold).fontSize(16).text(title, { align: "center" });
      doc.moveDown();
      factRows(doc, [
        ["Kode pesanan", order.code],
        ["Diterima dari", receiptBuyer(order, phoneLast4)],
        ["Tanggal pesan", formatDateTimeId(order.createdAt, tz)],
        ["Cara bayar", METHOD[paid?.method ?? order.paymentMethod ?? "cash"] ?? "-"],
        ["Dibayar", paid?.confirmedAt ? formatDateTimeId(paid.confirmedAt, tz) : "-"],
        ...(refund
          ? ([
              ["Dikembalikan", refund.confirmedAt ? formatDateTimeId(refund.confirmedAt, tz) : "-"],
              ["Alasan", refund.reason ?? "-"],
            ] as [string, string][])
          : []),
      ]);
      table(
        doc,
        [
          { title: "Barang", width: 235 },
          { title: "Jumlah", width: 70, align: "right" },
          { title: "Harga", width: 90, align: "right" },
          { title: "Subtotal", width: 100, align: "right" },
        ],
        lines.map((l) => {
          const n = l.allocated ?? l.quantity;
          return [l.name, `${n} ${l.unit}`, formatRupiah(l.price), formatRupiah(n * l.price)];
        }),
      );
      doc
        .font(FONT.bold)
        .fontSize(11)
        .text(`${refund ? "Dikembalikan" : "Total"}: ${formatRupiah(order.total)}`, { align: "right" });
      doc
        .font(FONT.italic)
        .fontSize(9)
        .text(`Terbilang: ${terbilangRupiah(order.total)}`, { align: "right" });
      doc.moveDown(2);
      doc
        .font(FONT.regular)
        .fontSize(8)
        .fillColor("#666666")
        .text(
          "Dibuat oleh Sinergi. Kuitansi sah tanpa tanda tangan; periksa keasliannya di halaman pelacakan pesanan.",
          { align: "center" },
        );
    },
    { title: `${refund ? "Pengembalian dana" : "Kuitansi"} ${order.code}` },
  );
  return { name: `${refund ? "pengembalian" : "kuitansi"}-${order.code}.pdf`, pdf };
}
