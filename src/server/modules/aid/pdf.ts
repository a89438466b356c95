// pdfkit to a Buffer, with the few text helpers the decree and the status letter share.
import PDFDocument from "pdfkit";

export type Pdf = InstanceType<typeof PDFDocument>;

export function renderPdf(draw: (doc: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: "Sinergi", Producer: "Sinergi" } });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

export function heading(doc: Pdf, title: string, subtitle?: string): void {
  doc.font("Helvetica-Bold").fontSize(14).text(title, { align: "center" });
  if (subtitle) doc.font("Helvetica").fontSize(10).text(subtitle, { align: "center" });
  doc.moveDown();
}

export function facts(doc: Pdf, rows: ReadonlyArray<readonly [string, string]>): void {
  for (const [k, v] of rows) {
    const y = doc.y;
    doc.font("Helvetica").fontSize(10).text(k, 50, y, { width: 160 });
    doc.text(`: ${v}`, 210, y, { width: 335 });
    doc.moveDown(0.2);
  }
  doc.x = 50;
  doc.moveDown();
}
