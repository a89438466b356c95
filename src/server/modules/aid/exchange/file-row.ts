// Where an issue of an exchanged file lies, in the reader's language: a row, or the file as a whole.
import type { Lang } from "../../../platform/errors";

export function fileRow(row: number | null, lang: Lang, field?: string): string {
  const at = row === null ? (lang === "en" ? "file" : "berkas") : `${lang === "en" ? "row" : "baris"} ${row}`;
  return field ? `${at} ${field}` : at;
}
