// The certificate page (A4 landscape): holder, training, organiser, and the code with a QR code to
// the public verification page, so anyone holding the paper can check it without an account.
import { FONT, renderPdf } from "../../platform/pdf";

export type CertificateFacts = {
  code: string;
  ownerName: string;
  businessName: string;
  title: string;
  topic: string;
  heldOn: string;
  mode: "in_person" | "online" | "hybrid";
  organiser: string;
  url: string;
  qr: Buffer;
};

const MODE_TEXT = { in_person: "tatap muka", online: "daring", hybrid: "tatap muka dan daring" } as const;

export function certificatePdf(f: CertificateFacts): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      const width = doc.page.width - 100;
      doc
        .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
        .lineWidth(2)
        .stroke("#1c7ed6");
      doc.moveDown(2);
      doc
        .font(FONT.regular)
        .fontSize(12)
        .fillColor("#333")
        .text(f.organiser.toUpperCase(), { align: "center" });
      doc.moveDown(0.8);
      doc.font(FONT.bold).fontSize(30).fillColor("#1c7ed6").text("SERTIFIKAT", { align: "center" });
      doc.font(FONT.regular).fontSize(12).fillColor("#333").text("diberikan kepada", { align: "center" });
      doc.moveDown(0.6);
      doc.font(FONT.bold).fontSize(24).fillColor("#000").text(f.ownerName, { align: "center" });
      doc.font(FONT.regular).fontSize(12).text(f.businessName, { align: "center" });
      doc.moveDown(0.8);
      doc.text(`atas keikutsertaannya dalam pelatihan (${MODE_TEXT[f.mode]})`, { align: "center" });
      doc.font(FONT.bold).fontSize(16).text(f.title, { align: "center", width });
      doc.font(FONT.regular).fontSize(12).text(`${f.topic} · ${f.heldOn}`, { align: "center", width });
      const y = doc.page.height - 170;
      doc.image(f.qr, 60, y, { width: 100 });
      doc.fontSize(10).text(`Kode verifikasi: ${f.code}`, 170, y + 30);
      doc.text(`Periksa keaslian di ${f.url}`, 170, y + 46, { width: 450 });
    },
    // A4 landscape in points.
    { size: [841.89, 595.28], title: `Sertifikat ${f.code}` },
  );
}
