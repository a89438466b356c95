// The part of fontkit (pdfkit's font engine) that platform/pdf.ts uses; fontkit ships no types.
declare module "fontkit" {
  export type Font = { hasGlyphForCodePoint(codePoint: number): boolean };
  export function openSync(path: string): Font;
}
