// Settlement statements as documents: one producer's PDF (for the producer, signed on payment) and
// the period's xlsx with every producer (for the PLUT's books).

import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { formatRupiah, terbilangRupiah } from "../../../../shared/money";
import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import type { ProducerStatement } from "../domain";
import { FONT, factRows, renderPdf, table } from "../pdf";
import { requirePermission } from "../permissions";
import { producers } from "../schema";
import { plutSettings, settlements } from "../schema-money";
import { listSettlements, type Period } from "./settlements";

/** A producer's statement of a settled period as PDF (staff, or the producer of their own business). */
export async function settlementPdf({
  ctx,
  id,
}: {
  ctx: Ctx;
  id: string;
}): Promise<{ name: string; pdf: Buffer }> {
  // A pelaku usaha sees only the statements of the producer of their own business.
  const own =
    ctx.actor.kind === "user" && ctx.actor.role === "pelaku_usaha" ? (ctx.actor.businessId ?? "none") : null;
  if (!own) requirePermission(ctx, "market.read");
  const readCtx: Ctx = own ? { ...ctx, actor: { kind: "system", name: "own-business", scope: "*" } } : ctx;
  const data = await tx(readCtx, async (t) => {
    const [row] = await t.select().from(settlements).where(eq(settlements.id, id)).limit(1);
    if (!row) throw notFound();
    const [producer] = await t.select().from(producers).where(eq(producers.id, row.producerId)).limit(1);
    if (!producer || (own && producer.businessId !== own)) throw notFound();
    if (!own) requireScope(ctx, row.regionCode);
    const [plut] = await t
      .select()
      .from(plutSettings)
      .where(eq(plutSettings.regionCode, row.regionCode))
      .limit(1);
    return { row, producer, plut };
  });
  const { row, producer, plut } = data;
  const s = row.statement as ProducerStatement;
  const pdf = await renderPdf(
    (doc) => {
      doc
        .font(FONT.bold)
        .fontSize(13)
        .text(plut?.name ?? "PLUT", { align: "center" });
      doc.font(FONT.bold).fontSize(15).text("LAPORAN BAGI HASIL TITIP JUAL", { align: "center" });
      doc.moveDown();
      factRows(doc, [
        ["Produsen", producer.name],
        ["Pemilik", producer.ownerName ?? "-"],
        ["Periode", `${row.periodFrom} s.d. ${row.periodTo}`],
        [
          "Status",
          row.status === "paid" ? `Dibayar ${row.paidAt?.toISOString().slice(0, 10) ?? ""}` : "Belum dibayar",
        ],
      ]);
      table(
        doc,
        [
          { title: "Uraian", width: 300 },
          { title: "Jumlah", width: 195, align: "right" },
        ],
        [
          ["Unit terjual", String(s.unitsSold)],
          ["Penjualan kotor", formatRupiah(s.grossSales)],
          ["Retur pembeli", formatRupiah(s.returns)],
          ["Penjualan bersih", formatRupiah(s.netSales)],
          [`Bagian produsen (${s.producerShareBps / 100} %)`, formatRupiah(s.producerShare)],
          ["Biaya PLUT", formatRupiah(s.plutFee)],
          [`Ganti rugi barang rusak (${s.unitsDamaged} unit)`, formatRupiah(s.damagedCompensation)],
          ["Potongan biaya periode", formatRupiah(s.feePerPeriod)],
        ],
      );
      doc
        .font(FONT.bold)
        .fontSize(12)
        .text(`Dibayarkan kepada produsen: ${formatRupiah(s.payable)}`, { align: "right" });
      doc
        .font(FONT.italic)
        .fontSize(9)
        .text(`Terbilang: ${terbilangRupiah(Math.max(s.payable, 0))}`, { align: "right" });
    },
    { title: `Bagi hasil ${producer.name} ${row.periodFrom}` },
  );
  return { name: `bagi-hasil-${row.periodFrom}-${row.periodTo}.pdf`, pdf };
}

/** Every producer's statement of a period as one worksheet. */
export async function settlementsXlsx({
  ctx,
  period,
}: {
  ctx: Ctx;
  period: Period;
}): Promise<{ name: string; xlsx: Buffer }> {
  const rows = await listSettlements({ ctx, period });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Bagi hasil");
  sheet.columns = [
    { header: "Produsen", key: "producerName", width: 36 },
    { header: "Unit terjual", key: "unitsSold", width: 12 },
    { header: "Penjualan bersih (Rp)", key: "netSales", width: 20 },
    { header: "Bagi hasil (%)", key: "share", width: 14 },
    { header: "Bagian produsen (Rp)", key: "producerShare", width: 20 },
    { header: "Biaya PLUT (Rp)", key: "plutFee", width: 16 },
    { header: "Ganti rugi rusak (Rp)", key: "damagedCompensation", width: 20 },
    { header: "Dibayarkan (Rp)", key: "payable", width: 16 },
    { header: "Status", key: "status", width: 12 },
  ];
  for (const r of rows)
    sheet.addRow({
      ...r,
      share: r.producerShareBps / 100,
      status: r.status === "paid" ? "dibayar" : r.status === "open" ? "belum dibayar" : "pratinjau",
    });
  sheet.getRow(1).font = { bold: true };
  for (const key of ["netSales", "producerShare", "plutFee", "damagedCompensation", "payable"])
    sheet.getColumn(key).numFmt = "#,##0";
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  return { name: `bagi-hasil-${period.from}-${period.to}.xlsx`, xlsx };
}
