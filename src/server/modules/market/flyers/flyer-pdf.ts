// S8 "Ayo Beli Produk UMKM": an A4 catalogue of products (photo, price, makers, a QR code to order)
// for government offices (the square picture for WhatsApp status is in flyer-square.ts).
import QRCode from "qrcode";
import { formatRupiah } from "../../../../shared/money";
import { FONT, type Pdf, renderPdf } from "../pdf";
import type { FlyerProduct } from "./flyer-data";

const PER_PAGE = 6;

/** A4 pages of six product cards; every page ends with how to order and the PLUT's contact. */
export async function flyerPdf(
  products: FlyerProduct[],
  { title, contact }: { title: string; contact: string },
): Promise<Buffer> {
  const qrs = await Promise.all(products.map((p) => QRCode.toBuffer(p.url, { margin: 1, width: 200 })));
  return renderPdf(
    (doc) => {
      doc.rect(0, 0, doc.page.width, 90).fill("#0ca678");
      doc.fillColor("#ffffff").font(FONT.bold).fontSize(26).text("Ayo Beli Produk UMKM!", 40, 24);
      doc.font(FONT.regular).fontSize(12).text(title, 40, 58);
      doc.fillColor("#000000");
      const colW = (doc.page.width - 80 - 20) / 2;
      const cardH = 215;
      products.forEach((p, i) => {
        const onPage = i % PER_PAGE;
        if (i > 0 && onPage === 0) {
          footer(doc, contact);
          doc.addPage();
        }
        const top = (i < PER_PAGE ? 110 : 40) + Math.floor(onPage / 2) * (cardH + 12);
        const left = 40 + (onPage % 2) * (colW + 20);
        doc.roundedRect(left, top, colW, cardH, 8).lineWidth(1).strokeColor("#cccccc").stroke();
        if (p.photo) {
          try {
            doc.image(p.photo.data, left + 8, top + 8, {
              fit: [colW - 16, 95],
              align: "center",
              valign: "center",
            });
          } catch {
            // an unreadable photo leaves the space empty
          }
        } else {
          doc
            .rect(left + 8, top + 8, colW - 16, 95)
            .fill("#e6fcf5")
            .fillColor("#0b7285")
            .font(FONT.bold)
            .fontSize(14)
            .text(p.category, left + 8, top + 48, { width: colW - 16, align: "center" });
          doc.fillColor("#000000");
        }
        doc
          .font(FONT.bold)
          .fontSize(12)
          .fillColor("#000000")
          .text(p.name, left + 10, top + 110, { width: colW - 100 });
        doc
          .font(FONT.bold)
          .fontSize(13)
          .fillColor("#087f5b")
          .text(`${formatRupiah(p.price)}/${p.unit}`, left + 10, top + 145, { width: colW - 100 });
        doc
          .font(FONT.regular)
          .fontSize(8)
          .fillColor("#555555")
          .text(p.makers, left + 10, top + 165, { width: colW - 100, height: 40 });
        doc.image(qrs[i] ?? Buffer.alloc(0), left + colW - 88, top + 115, { width: 80 });
        doc.fillColor("#000000");
      });
      footer(doc, contact);
    },
    { title: "Ayo Beli Produk UMKM", margin: 40 },
  );
}

/** Two centred lines inside the bottom margin, written without letting pdfkit open a new page. */
function footer(doc: Pdf, contact: string): void {
  const { bottom } = doc.page.margins;
  doc.page.margins.bottom = 0;
  const options = { align: "center", width: doc.page.width - 80, lineBreak: false } as const;
  doc.font(FONT.regular).fontSize(8).fillColor("#666666");
  doc.text(
    "Pindai kode QR untuk memesan. Pembayaran tunai, transfer, atau QRIS.",
    40,
    doc.page.height - 34,
    options,
  );
  doc.font(FONT.bold).text(contact, 40, doc.page.height - 22, options);
  doc.page.margins.bottom = bottom;
  doc.fillColor("#000000");
}
