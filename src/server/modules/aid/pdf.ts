// The aid module's PDFs (platform/pdf: embedded Unicode font), with the few text helpers the decree and the status letter share.
import { FONT, type Pdf, renderPdf as render } from "../../platform/pdf";

export { FONT, type Pdf };

export function renderPdf(draw: (doc: Pdf) => void): Promise<Buffer> {
  return render(draw);
}

export function heading(doc: Pdf, title: string, subtitle?: string): void {
  doc.font(FONT.bold).fontSize(14).text(title, { align: "center" });
  if (subtitle) doc.font(FONT.regular).fontSize(10).text(subtitle, { align: "center" });
  doc.moveDown();
}

export function facts(doc: Pdf, rows: ReadonlyArray<readonly [string, string]>): void {
  for (const [k, v] of rows) {
    const y = doc.y;
    doc.font(FONT.regular).fontSize(10).text(k, 50, y, { width: 160 });
    doc.text(`: ${v}`, 210, y, { width: 335 });
    doc.moveDown(0.2);
  }
  doc.x = 50;
  doc.moveDown();
}
