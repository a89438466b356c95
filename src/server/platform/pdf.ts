// Every PDF Sinergi writes: pdfkit with Noto Sans embedded (names such as "Ṣiti Nguyễn" print as
// written), and any character the font lacks printed as U+FFFD "�" — never as another letter.
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

export type Pdf = InstanceType<typeof PDFDocument>;
export type PdfOptions = { size?: string | [number, number]; margin?: number; title?: string };

/** Font names to pass to `doc.font(...)`. */
export const FONT = { regular: "Sans", bold: "Sans-Bold", italic: "Sans-Italic" } as const;

const require = createRequire(import.meta.url);
const FILES = {
  [FONT.regular]: require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  [FONT.bold]: require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
  [FONT.italic]: require.resolve(
    "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  ),
};
const PLACEHOLDER = "\uFFFD";

/** Paths of the embedded TTF files (Noto Sans regular, bold, italic), for other renderers (PNG). */
export const FONT_FILES: readonly string[] = Object.values(FILES);

let coverage: fontkit.Font | undefined;

/** Replaces every character the embedded font cannot draw by a visible placeholder. */
export function printable(text: string): string {
  coverage ??= fontkit.openSync(FILES[FONT.regular]);
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp < 0x20 || coverage.hasGlyphForCodePoint(cp) ? ch : PLACEHOLDER;
  }
  return out;
}

type TextFn = (text: string | number, ...rest: unknown[]) => unknown;

/** A pdfkit document with the fonts registered and text passed through `printable`. */
export function createPdf(options: PdfOptions = {}): Pdf {
  const doc = new PDFDocument({
    size: options.size ?? "A4",
    margin: options.margin ?? 50,
    info: { Title: options.title ?? "Sinergi", Producer: "Sinergi" },
  });
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, file);
  doc.font(FONT.regular);
  const target = doc as unknown as Record<"text" | "widthOfString" | "heightOfString", TextFn>;
  for (const method of ["text", "widthOfString", "heightOfString"] as const) {
    const original = target[method].bind(doc);
    target[method] = (text, ...rest) => original(typeof text === "string" ? printable(text) : text, ...rest);
  }
  return doc;
}

/** Draws a document and returns its bytes. */
export function renderPdf(
  draw: (doc: Pdf) => void | Promise<void>,
  options: PdfOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = createPdf(options);
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    Promise.resolve(draw(doc))
      .then(() => doc.end())
      .catch(reject);
  });
}
