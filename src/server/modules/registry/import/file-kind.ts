// What kind of file an upload is, from its first bytes (extensions lie: ".xls" files that are
// HTML, ".xlsx" files that are CSV).

import { open } from "node:fs/promises";

export type FileKind = "zip" | "ole" | "text";

export async function sniffFile(file: string | Uint8Array): Promise<FileKind> {
  let head: Uint8Array;
  if (typeof file === "string") {
    const handle = await open(file, "r");
    try {
      head = new Uint8Array(8);
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
  } else head = file.subarray(0, 8);
  if (head[0] === 0x50 && head[1] === 0x4b) return "zip";
  // OLE2 compound file: old .xls, or an .xlsx encrypted with a password.
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole";
  return "text";
}

/** A CSV's single "sheet" is named after the file: "umkm-dharmasraya.csv" → "umkm-dharmasraya". */
export function csvSheetName(fileName: string | undefined): string {
  const base = (fileName ?? "berkas.csv").split(/[\\/]/).pop() ?? "berkas.csv";
  return base.replace(/\.[^.]+$/, "") || base;
}

export const OLE_MESSAGE =
  "Format .xls lama (atau .xlsx berkata sandi) tidak didukung. Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi.";
