// Rupiah amounts as written in office spreadsheets: "Rp 1.500.000", "Rp. 1.500.000,-",
// "1.500.000,00", "1,5 jt", "2 juta", "750 rb", "± 2 juta", "1.5 juta". Result: integer Rupiah.
// Indonesian style groups thousands with "." and uses "," for decimals, so parseFloat is useless.

import { cellText, type RawCell } from "./cell";
import { collapseSpaces, isNothingMarker } from "./text";

export type MoneyCheck =
  | { readonly kind: "empty" }
  /** fromText: the amount was read from text (MONEY_PARSED), not from a number cell. */
  | { readonly kind: "valid"; readonly amount: number; readonly fromText: boolean }
  | { readonly kind: "invalid" };

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["rb", 1e3],
  ["ribu", 1e3],
  ["rbu", 1e3],
  ["rebu", 1e3],
  ["k", 1e3],
  ["jt", 1e6],
  ["jta", 1e6],
  ["juta", 1e6],
  ["m", 1e9],
  ["miliar", 1e9],
  ["milyar", 1e9],
  ["miliyar", 1e9],
  ["mlyr", 1e9],
  ["t", 1e12],
  ["triliun", 1e12],
]);

const ZERO_WORDS = new Set(["nihil", "nol", "tidak ada", "tidak ada omzet", "tdk ada"]);
const APPROX_PREFIX =
  /^(±|\+\/-|\+-|~|kurang lebih|kira-kira|kira kira|kisaran|sekitar|rata-rata|rata rata|kl\.?)\s*/;
const PERIOD_SUFFIX = /\s*(\/|per|se)\s*(bulan|bln|bl|hari|tahun|thn)\.?$/;

/** Digits with Indonesian or English grouping → number (decimals kept), or null. */
export function parseGroupedNumber(text: string, hasMultiplier: boolean): number | null {
  const t = text.replace(/\s+/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  if (hasMultiplier && /^\d+[.,]\d{1,2}$/.test(t)) return Number(t.replace(",", "."));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+,\d+$/.test(t)) return Number(t.replace(",", "."));
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t);
  return null;
}

/** Parses money text; null when it is not an amount ("tidak tentu"). */
export function parseMoneyText(value: string): number | null {
  let text = collapseSpaces(value).toLowerCase();
  text = text.replace(APPROX_PREFIX, "").replace(PERIOD_SUFFIX, "");
  text = text.replace(/^(rp|idr)\s*\.?\s*/, "").replace(/\s*(,-|\.-|-|,--)$/, "");
  text = text.replace(/\s*(rupiah|rp)\.?$/, "").trim();
  if (ZERO_WORDS.has(text)) return 0;
  const match = /^(\d[\d.,\s]*?)\s*([a-z]+)?\.?$/.exec(text);
  if (!match?.[1]) return null;
  const word = match[2];
  const multiplier = word === undefined ? 1 : MULTIPLIERS.get(word);
  if (multiplier === undefined) return null;
  const number = parseGroupedNumber(match[1], word !== undefined);
  if (number === null) return null;
  const amount = Math.round(number * multiplier);
  return Number.isSafeInteger(amount) ? amount : null;
}

export function checkMoneyCell(cell: RawCell): MoneyCheck {
  switch (cell.kind) {
    case "empty":
      return { kind: "empty" };
    case "number":
      return cell.value >= 0 && Number.isSafeInteger(Math.round(cell.value))
        ? { kind: "valid", amount: Math.round(cell.value), fromText: false }
        : { kind: "invalid" };
    case "date":
    case "bool":
      return { kind: "invalid" };
    case "text": {
      const text = collapseSpaces(cellText(cell));
      if (isNothingMarker(text)) return { kind: "empty" };
      const amount = parseMoneyText(text);
      if (amount === null) return { kind: "invalid" };
      return { kind: "valid", amount, fromText: !/^\d+$/.test(text) };
    }
  }
}

/** Shows an amount the official way: "Rp5.000" (no space, "." grouping, no decimals). */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const digits = Math.abs(Math.round(amount))
    .toFixed(0)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}Rp${digits}`;
}
