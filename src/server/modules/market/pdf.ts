// The market's documents (receipts, statements, flyers) on platform/pdf (embedded Unicode font).
import { FONT, type Pdf, renderPdf } from "../../platform/pdf";

export { FONT, type Pdf, renderPdf };

/** Label–value rows ("Kode pesanan : MSK-…"). */
export function factRows(doc: Pdf, rows: ReadonlyArray<readonly [string, string]>, x = 50): void {
  for (const [k, v] of rows) {
    const y = doc.y;
    doc.font(FONT.regular).fontSize(10).text(k, x, y, { width: 140 });
    doc.text(`: ${v}`, x + 140, y, { width: 355 });
    doc.moveDown(0.2);
  }
  doc.x = x;
  doc.moveDown(0.5);
}

/** A simple table: header row in bold, right-aligned numeric columns. */
export function table(
  doc: Pdf,
  columns: ReadonlyArray<{ title: string; width: number; align?: "left" | "right" }>,
  rows: ReadonlyArray<readonly string[]>,
): void {
  const x0 = doc.page.margins.left;
  const drawRow = (cells: readonly string[], bold: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
    const y = doc.y;
    let x = x0;
    let height = 0;
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(9);
    columns.forEach((c, i) => {
      const text = cells[i] ?? "";
      doc.text(text, x + 2, y, { width: c.width - 4, align: c.align ?? "left" });
      height = Math.max(height, doc.heightOfString(text, { width: c.width - 4 }));
      x += c.width;
    });
    doc.y = y + height + 4;
    doc
      .moveTo(x0, doc.y - 2)
      .lineTo(x, doc.y - 2)
      .strokeColor("#cccccc")
      .lineWidth(0.5)
      .stroke();
  };
  drawRow(
    columns.map((c) => c.title),
    true,
  );
  for (const r of rows) drawRow(r, false);
  doc.x = x0;
  doc.moveDown(0.5);
}
