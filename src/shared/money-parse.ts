// Parses money as Indonesians type it: "Rp 1.500.000", "1,5 jt", "2 juta", "750 rb", "5000".
// `parseFloat("2.400")` is 2.4, so the number is read digit by digit with integer arithmetic.
// Forms use the strict reading (a fraction of a Rupiah is refused); office spreadsheets the
// lenient one ("± 2 juta", "Rp 2.000.000/bulan", "1,500,000", "nihil"), which rounds fractions.

import { type Rupiah, rupiah } from "./money";

export type ParseRupiahResult =
  | { ok: true; value: Rupiah }
  | { ok: false; reason: "EMPTY" | "INVALID_FORMAT" | "NOT_WHOLE_RUPIAH" | "TOO_LARGE" };

const MULTIPLIERS: Record<string, number> = {
  "": 1,
  rb: 1_000,
  rbu: 1_000,
  rebu: 1_000,
  ribu: 1_000,
  k: 1_000,
  jt: 1_000_000,
  jta: 1_000_000,
  juta: 1_000_000,
  m: 1_000_000_000,
  miliar: 1_000_000_000,
  milyar: 1_000_000_000,
  miliyar: 1_000_000_000,
  mlyr: 1_000_000_000,
  t: 1_000_000_000_000,
  triliun: 1_000_000_000_000,
};

const SHAPE =
  /^(-)?(?:rp|idr)?\.?(-)?([0-9][0-9.,]*)(rb|rbu|rebu|ribu|k|jt|jta|juta|m|miliar|milyar|miliyar|mlyr|t|triliun)?\.?$/;

function isThousandsShaped(groups: readonly string[]): boolean {
  const [head = "", ...tail] = groups;
  return head.length >= 1 && head.length <= 3 && tail.every((g) => g.length === 3);
}

/**
 * Splits "1.500.000,50" / "1,5" / "1.5" into whole and fraction digits, or null when malformed.
 * A dot is a thousands separator; only with a scale word ("1.5 jt") may a lone dot not followed by
 * exactly three digits be read as a decimal point. Leniently, English "1,500,000.00" and a decimal
 * point before one or two digits ("1500.50") are read too.
 */
function splitNumber(
  text: string,
  hasSuffix: boolean,
  lenient: boolean,
): { whole: string; fraction: string } | null {
  if (lenient) {
    const english = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(text);
    if (english) return { whole: (english[1] ?? "").replace(/,/g, ""), fraction: english[2] ?? "" };
    const decimal = /^(\d+)\.(\d{1,2})$/.exec(text);
    if (decimal) return { whole: decimal[1] ?? "", fraction: decimal[2] ?? "" };
  }
  const [wholePart = "", fraction = "", extra] = text.split(",");
  if (extra !== undefined) return null;
  const groups = wholePart.split(".");
  let whole = wholePart;
  let decimals = fraction;
  if (groups.length > 1) {
    if (isThousandsShaped(groups)) whole = groups.join("");
    else if (hasSuffix && groups.length === 2 && !text.includes(",")) {
      whole = groups[0] ?? "";
      decimals = groups[1] ?? "";
    } else return null;
  }
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(decimals)) return null;
  return { whole, fraction: decimals };
}

function readAmount(compact: string, lenient: boolean): ParseRupiahResult {
  if (compact === "") return { ok: false, reason: "EMPTY" };
  const match = SHAPE.exec(compact);
  if (!match) return { ok: false, reason: "INVALID_FORMAT" };
  const [, minusBefore, minusAfter, numberText = "", suffix = ""] = match;
  const negative = minusBefore !== undefined || minusAfter !== undefined;
  if (negative && lenient) return { ok: false, reason: "INVALID_FORMAT" };
  const multiplier = MULTIPLIERS[suffix] ?? 1;
  const parts = splitNumber(numberText, suffix !== "", lenient);
  if (!parts) return { ok: false, reason: "INVALID_FORMAT" };
  const fraction = parts.fraction.replace(/0+$/, "").slice(0, lenient ? 9 : undefined);
  if (fraction.length > 9) return { ok: false, reason: "NOT_WHOLE_RUPIAH" };
  const scale = 10 ** fraction.length;
  const fractionValue = fraction === "" ? 0 : Number(fraction) * multiplier;
  if (fractionValue % scale !== 0 && !lenient) return { ok: false, reason: "NOT_WHOLE_RUPIAH" };
  const value = Number(parts.whole) * multiplier + Math.round(fractionValue / scale);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: "TOO_LARGE" };
  return { ok: true, value: rupiah(negative && value !== 0 ? -value : value) };
}

/** Parses a typed amount into whole Rupiah; fractions of a Rupiah are rejected, not rounded. */
export function parseRupiah(input: string): ParseRupiahResult {
  return readAmount(input.toLowerCase().replace(/[\s\u00a0]+/g, ""), false);
}

const ZERO_WORDS = new Set(["nihil", "nol", "tidak ada", "tidak ada omzet", "tdk ada"]);
const APPROX_PREFIX =
  /^(±|\+\/-|\+-|~|kurang lebih|kira-kira|kira kira|kisaran|sekitar|rata-rata|rata rata|kl\.?)\s*/;
const PERIOD_SUFFIX = /\s*(\/|per|se)\s*(bulan|bln|bl|hari|tahun|thn)\.?$/;

/** Reads an amount as offices write it in spreadsheets; null when it is not one ("tidak tentu"). */
export function readRupiahText(value: string): Rupiah | null {
  let text = value
    .replace(/[\s\u00a0\u200b-\u200d\ufeff]+/g, " ")
    .trim()
    .toLowerCase();
  text = text.replace(APPROX_PREFIX, "").replace(PERIOD_SUFFIX, "");
  text = text
    .replace(/\s*(,-|\.-|-|,--)$/, "")
    .replace(/\s*(rupiah|rp)\.?$/, "")
    .trim();
  if (ZERO_WORDS.has(text)) return rupiah(0);
  const result = readAmount(text.replace(/\s+/g, ""), true);
  return result.ok ? result.value : null;
}
