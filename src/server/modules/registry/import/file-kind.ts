// What kind of file an upload is, from its first bytes (extensions lie: ".xls" files that are
// HTML, ".xlsx" files that are CSV).

import { open } from "node:fs/promises";

export type FileKind = "zip" | "ole" | "html" | "text";

export async function sniffFile(file: string | Uint8Array): Promise<FileKind> {
  let head: Uint8Array;
  if (typeof file === "string") {
    const handle = await open(file, "r");
    try {
      const buffer = new Uint8Array(512);
      const { bytesRead } = await handle.read(buffer, 0, 512, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } else head = file.subarray(0, 512);
  if (head[0] === 0x50 && head[1] === 0x4b) return "zip";
  // OLE2 compound file: old .xls, or an .xlsx encrypted with a password.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole";
  // Web applications often export an HTML table named .xls.
  const start = Buffer.from(head)
    .toString("latin1")
    .replace(/^\ufeff|^\xef\xbb\xbf/, "")
    .trimStart()
    .toLowerCase();
  if (
    start.startsWith("<html") ||
    start.startsWith("<!doctype") ||
    start.startsWith("<table") ||
    start.startsWith("<?xml")
  ) {
    return "html";
  }
  return "text";
}

/** A CSV's single "sheet" is named after the file: "umkm-dharmasraya.csv" → "umkm-dharmasraya". */
export function csvSheetName(fileName: string | undefined): string {
  const base = (fileName ?? "berkas.csv").split(/[\\/]/).pop() ?? "berkas.csv";
  return base.replace(/\.[^.]+$/, "") || base;
}

export const OLE_MESSAGE =
  "Format .xls lama (atau .xlsx berkata sandi) tidak didukung. Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi.";

export const HTML_MESSAGE =
  "Berkas ini halaman web (HTML) atau XML yang diberi nama .xls, bukan lembar kerja Excel. Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx).";
