import { describe, expect, it } from "vitest";
import { pdfText } from "../testing/pdf-text";
import { FONT, printable, renderPdf } from "./pdf";

describe("PDF documents", () => {
  it("embed a Unicode font, so Indonesian, Vietnamese and Arabic-derived letters print as written", async () => {
    const pdf = await renderPdf((doc) => {
      doc.font(FONT.bold).text("Kuitansi");
      doc.font(FONT.regular).text("Pembeli: Ṣiti Nguyễn – Tjhin Nyuk Fa");
      doc.font(FONT.italic).text("Ibu Đặng Thị Hương, Cù Lao Dung — Rp5.000");
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/FontFile2");
    expect(pdf.toString("latin1")).not.toContain("/Helvetica");
    const text = await pdfText(pdf);
    expect(text).toContain("Ṣiti Nguyễn – Tjhin Nyuk Fa");
    expect(text).toContain("Đặng Thị Hương");
  });

  it("prints a character the font lacks as a visible placeholder, never as another letter", async () => {
    expect(printable("Tjhin Nyuk Fa (陈玉花)")).toBe("Tjhin Nyuk Fa (\uFFFD\uFFFD\uFFFD)");
    expect(printable("Ṣiti\tNguyễn")).toBe("Ṣiti\tNguyễn");
    const text = await pdfText(
      await renderPdf((doc) => {
        doc.text("Tjhin Nyuk Fa (陈玉花)");
      }),
    );
    expect(text).toContain("Tjhin Nyuk Fa (\uFFFD\uFFFD\uFFFD)");
  });
});
