// A producer's intakes at the PLUT and the consignment receipt of each (tanda terima titipan): who
// consigned what on which day, received by whom, the terms, signature blocks for both parties, and
// a SHA-256 check code over the receipt's facts so a copy can be compared with the PLUT's record.
import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import type { MyIntake } from "../contract-staff";
import { FONT, factRows, renderPdf } from "../pdf";
import { requirePermission } from "../permissions";
import { consignmentTerms, producers, products, stockLedger } from "../schema";
import { plutSettings } from "../schema-money";

const ownBusiness = (ctx: Ctx): string | null =>
  ctx.actor.kind === "user" && ctx.actor.role === "pelaku_usaha" ? (ctx.actor.businessId ?? "none") : null;
const acrossScopes = (ctx: Ctx): Ctx => ({
  ...ctx,
  actor: { kind: "system", name: "own-business", scope: "*" },
});

/** The signed-in owner's consignment intakes, newest first. */
export async function listMyIntakes({ ctx }: { ctx: Ctx }): Promise<MyIntake[]> {
  requirePermission(ctx, "business.own");
  const businessId = ownBusiness(ctx);
  if (!businessId) return [];
  return tx(acrossScopes(ctx), async (t) => {
    const rows = await t
      .select({ l: stockLedger, productName: products.name, unit: products.unit })
      .from(stockLedger)
      .innerJoin(producers, eq(producers.id, stockLedger.producerId))
      .innerJoin(products, eq(products.id, stockLedger.productId))
      .where(and(eq(producers.businessId, businessId), eq(stockLedger.kind, "intake")))
      .orderBy(desc(stockLedger.entryDate), desc(stockLedger.at))
      .limit(200);
    return rows.map(({ l, productName, unit }) => ({
      id: l.id,
      date: l.entryDate,
      productName,
      unit,
      quantity: l.delta,
      pool: l.pool,
      receiptNumber: receiptNumber(l.id, l.entryDate),
    }));
  });
}

const receiptNumber = (id: string, date: string) =>
  `TT-${date.replaceAll("-", "")}-${id.replaceAll("-", "").slice(-6).toUpperCase()}`;

async function intakeFacts(t: Tx, id: string) {
  const [row] = await t
    .select({ l: stockLedger, producer: producers, product: products })
    .from(stockLedger)
    .innerJoin(producers, eq(producers.id, stockLedger.producerId))
    .innerJoin(products, eq(products.id, stockLedger.productId))
    .where(and(eq(stockLedger.id, id), eq(stockLedger.kind, "intake")))
    .limit(1);
  if (!row) throw notFound();
  const [terms] = await t
    .select()
    .from(consignmentTerms)
    .where(eq(consignmentTerms.producerId, row.producer.id))
    .orderBy(desc(consignmentTerms.validFrom))
    .limit(1);
  const [plut] = await t
    .select()
    .from(plutSettings)
    .where(eq(plutSettings.regionCode, row.l.regionCode))
    .limit(1);
  return { ...row, terms, plut };
}

/** The receipt of one intake: the owner of the consigning business, or market staff in scope. */
export async function consignmentReceiptPdf({ ctx, id }: { ctx: Ctx; id: string }) {
  const own = ownBusiness(ctx);
  if (!own) requirePermission(ctx, "market.read");
  const f = await tx(own ? acrossScopes(ctx) : ctx, async (t) => {
    const found = await intakeFacts(t, id);
    if (own && found.producer.businessId !== own) throw notFound();
    if (!own) requireScope(ctx, found.l.regionCode);
    return found;
  });
  const number = receiptNumber(f.l.id, f.l.entryDate);
  const quantity = f.l.delta;
  const facts: Array<[string, string]> = [
    ["Nomor", number],
    ["Tanggal titip", f.l.entryDate],
    ["Penitip", f.producer.ownerName ? `${f.producer.name} (${f.producer.ownerName})` : f.producer.name],
    ["Barang", `${f.product.name}`],
    ["Jumlah", `${quantity.toLocaleString("id-ID")} ${f.product.unit}`],
    ["Untuk", f.l.pool === "ready" ? "stok siap jual" : `pasokan pra-pesan tanggal ${f.l.entryDate}`],
    ["Bagi hasil produsen", f.terms ? `${(f.terms.producerShareBps / 100).toLocaleString("id-ID")}%` : "-"],
    ["Diterima oleh", f.l.actor],
  ];
  const check = createHash("sha256")
    .update(JSON.stringify([f.l.id, ...facts]))
    .digest("hex");
  const pdf = await renderPdf(
    (doc) => {
      doc
        .font(FONT.bold)
        .fontSize(13)
        .text(f.plut?.name ?? "PLUT", { align: "center" });
      if (f.plut?.address) doc.font(FONT.regular).fontSize(9).text(f.plut.address, { align: "center" });
      doc.moveDown();
      doc.font(FONT.bold).fontSize(15).text("TANDA TERIMA BARANG TITIPAN", { align: "center" });
      doc.moveDown();
      factRows(doc, facts);
      doc
        .font(FONT.regular)
        .fontSize(9)
        .text(
          "Barang titipan tetap milik penitip sampai terjual. Hasil penjualan dibayarkan menurut laporan bagi hasil " +
            "per periode; barang yang tidak terjual dapat diambil kembali.",
        );
      doc.moveDown(2);
      const y = doc.y;
      const x0 = doc.page.margins.left;
      const blocks: Array<[string, string]> = [
        ["Yang menitipkan,", f.producer.ownerName ?? f.producer.name],
        ["Yang menerima,", f.l.actor],
      ];
      for (const [i, [role, name]] of blocks.entries()) {
        doc
          .font(FONT.regular)
          .fontSize(10)
          .text(role, x0 + i * 260, y, { width: 230, align: "center" });
        doc.text(`( ${name} )`, x0 + i * 260, y + 70, { width: 230, align: "center" });
      }
      doc.x = x0;
      doc.y = y + 100;
      doc.font(FONT.regular).fontSize(7).text(`Kode periksa (SHA-256): ${check}`);
    },
    { title: `Tanda terima titipan ${number}` },
  );
  return { name: `${number}.pdf`, pdf };
}
