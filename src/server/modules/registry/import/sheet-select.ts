// Which sheets of a workbook are imported: every visible sheet with a data header, except summary
// and instruction sheets; or exactly the sheets the user named (hidden ones included, on purpose).

import type { SheetEntry } from "./xlsx-meta";

export type SkipReason = "hidden" | "summary" | "instructions" | "empty" | "no_header" | "not_selected";

export type SheetChoice =
  | { readonly kind: "read"; readonly sheet: SheetEntry; readonly explicit: boolean }
  | { readonly kind: "skip"; readonly sheet: SheetEntry; readonly reason: SkipReason };

const SUMMARY = /\b(rekap\w*|ringkasan|summary|resume|grafik|chart|diagram|pivot|statistik)\b/i;
const INSTRUCTIONS =
  /\b(petunjuk|panduan|cara\s+pengisian|instruksi|read\s*me|keterangan|referensi|contoh|kode\s+wilayah)\b/i;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function chooseSheets(
  sheets: readonly SheetEntry[],
  requested: readonly string[] | undefined,
): { choices: SheetChoice[]; missing: string[] } {
  if (requested && requested.length > 0) {
    const missing = requested.filter((name) => !sheets.some((s) => same(s.name, name)));
    const choices = sheets.map(
      (sheet): SheetChoice =>
        requested.some((name) => same(sheet.name, name))
          ? { kind: "read", sheet, explicit: true }
          : { kind: "skip", sheet, reason: "not_selected" },
    );
    return { choices, missing };
  }
  const choices = sheets.map((sheet): SheetChoice => {
    if (sheet.state !== "visible") return { kind: "skip", sheet, reason: "hidden" };
    if (SUMMARY.test(sheet.name)) return { kind: "skip", sheet, reason: "summary" };
    if (INSTRUCTIONS.test(sheet.name)) return { kind: "skip", sheet, reason: "instructions" };
    return { kind: "read", sheet, explicit: false };
  });
  return { choices, missing: [] };
}
