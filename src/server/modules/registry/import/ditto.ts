// Ditto marks clerks type for "same as above": ", '', 〃, sda (sama dengan atas), idem, dto.

import { cellText, type RawCell } from "../domain";

const WORDS = new Set(["SDA", "IDEM", "DTO", "DITTO", "SAMA"]);

export function isDittoMark(cell: RawCell): boolean {
  if (cell.kind !== "text") return false;
  const text = cellText(cell).trim();
  if (text === "" || text.length > 8) return false;
  if (/^[-\s]*["'“”„‟″〃ˮ,]+[-\s"'“”,]*$/.test(text) && /["'“”„‟″〃ˮ]|,,/.test(text)) return true;
  return WORDS.has(text.toUpperCase().replace(/[^A-Z]/g, ""));
}
