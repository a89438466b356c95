// PNG pictures drawn on the server: an SVG rasterised by resvg with the same Noto Sans files as the
// PDFs (no system fonts, so every machine renders the same picture).
import { Resvg } from "@resvg/resvg-js";
import { collapseSpaces } from "../../shared/text";
import { FONT_FILES } from "./pdf";

/** The family name to put in an SVG's font-family. */
export const SVG_FONT = "Noto Sans";

/** Text for an SVG text node or attribute: control characters dropped, XML entities escaped. */
export function svgText(text: string): string {
  let clean = "";
  for (const ch of collapseSpaces(text)) {
    const c = ch.charCodeAt(0);
    if (c >= 32 && (c < 127 || c > 159)) clean += ch;
  }
  return clean.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Rasterises an SVG at its own size. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: SVG_FONT },
  });
  return resvg.render().asPng();
}
