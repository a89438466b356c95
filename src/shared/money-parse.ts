// Parses money as Indonesians type it: "Rp 1.500.000", "1,5 jt", "2 juta", "750 rb", "5000".
// `parseFloat("2.400")` is 2.4, so the number is read digit by digit with integer arithmetic.

import { type Rupiah, rupiah } from "./money";

export type ParseRupiahResult =
  | { ok: true; value: Rupiah }
  | { ok: false; reason: "EMPTY" | "INVALID_FORMAT" | "NOT_WHOLE_RUPIAH" | "TOO_LARGE" };

const MULTIPLIERS: Record<string, number> = {
  "": 1,
  rb: 1_000,
  ribu: 1_000,
  k: 1_000,
  jt: 1_000_000,
  juta: 1_000_000,
  m: 1_000_000_000,
  miliar: 1_000_000_000,
  milyar: 1_000_000_000,
};

const SHAPE = /^(-)?(?:rp|idr)?\.?(-)?([0-9][0-9.,]*)(rb|ribu|k|jt|juta|m|miliar|milyar)?$/;

function isThousandsShaped(groups: readonly string[]): boolean {
  const [head = "", ...tail] = groups;
  return head.length >= 1 && head.length <= 3 && tail.every((g) => g.length === 3);
}

/**
 * Splits "1.500.000,50" / "1,5" / "1.5" into whole and fraction digits, or null when malformed.
 * A dot is a thousands separator; only with a scale word ("1.5 jt") may a lone dot not followed by
 * exactly three digits be read as a decimal point.
 */
function splitNumber(text: string, hasSuffix: boolean): { whole: string; fraction: string } | null {
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

/** Parses a typed amount into whole Rupiah; fractions of a Rupiah are rejected, not rounded. */
export function parseRupiah(input: string): ParseRupiahResult {
  const compact = input.toLowerCase().replace(/[\s\u00a0]+/g, "");
  if (compact === "") return { ok: false, reason: "EMPTY" };
  const match = SHAPE.exec(compact);
  if (!match) return { ok: false, reason: "INVALID_FORMAT" };
  const [, minusBefore, minusAfter, numberText = "", suffix = ""] = match;
  const multiplier = MULTIPLIERS[suffix] ?? 1;
  const parts = splitNumber(numberText, suffix !== "");
  if (!parts) return { ok: false, reason: "INVALID_FORMAT" };
  const fraction = parts.fraction.replace(/0+$/, "");
  if (fraction.length > 9) return { ok: false, reason: "NOT_WHOLE_RUPIAH" };
  const scale = 10 ** fraction.length;
  const fractionValue = fraction === "" ? 0 : Number(fraction) * multiplier;
  if (fractionValue % scale !== 0) return { ok: false, reason: "NOT_WHOLE_RUPIAH" };
  const value = Number(parts.whole) * multiplier + fractionValue / scale;
  if (!Number.isSafeInteger(value)) return { ok: false, reason: "TOO_LARGE" };
  const negative = minusBefore !== undefined || minusAfter !== undefined;
  return { ok: true, value: rupiah(negative && value !== 0 ? -value : value) };
}
