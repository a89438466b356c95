// Short order codes a buyer can read out over WhatsApp or type from a receipt: "MSK-7KQ4XZP". The
// alphabet and check symbol are the shared ones (certificates use them too); the market adds its
// optional prefix and buyer-facing messages.

import { CODE_ALPHABET, checkSymbol, type RandomInt } from "../../../../shared/checked-code";

export type { RandomInt };
/** The shared code alphabet (src/shared/checked-code.ts), under the name the market has always used. */
export const ORDER_CODE_ALPHABET = CODE_ALPHABET;
const BASE = ORDER_CODE_ALPHABET.length; // 31
/** Random characters per code: 31^6 ≈ 887 million codes. */
export const ORDER_CODE_RANDOM_LENGTH = 6;
const checkCharacter = checkSymbol;

const PREFIX = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{2,4}$/;

/**
 * A new code: optional prefix of 2–4 code letters (e.g. "MSK"), 6 random symbols and a check symbol.
 * Uniqueness is the database's job (unique index, retry on conflict).
 */
export function generateOrderCode(options: { random: RandomInt; prefix?: string }): string {
  const prefix = options.prefix ?? "";
  if (prefix !== "" && !PREFIX.test(prefix)) throw new RangeError(`prefix must use code letters: ${prefix}`);
  let body = "";
  for (let i = 0; i < ORDER_CODE_RANDOM_LENGTH; i++) {
    const index = options.random(BASE);
    const symbol = ORDER_CODE_ALPHABET[index];
    if (symbol === undefined || !Number.isInteger(index))
      throw new RangeError(`random index out of range: ${index}`);
    body += symbol;
  }
  const check = checkCharacter(prefix + body);
  return prefix === "" ? body + check : `${prefix}-${body}${check}`;
}

export type NormaliseOrderCodeResult =
  | { ok: true; code: string }
  | {
      ok: false;
      reason: "EMPTY" | "WRONG_LENGTH" | "AMBIGUOUS_CHARACTER" | "INVALID_CHARACTER" | "CHECK_FAILED";
      character?: string;
    };

/**
 * Normalises what a buyer typed ("msk 7kq4 xzp", "MSK-7KQ4XZP") to the canonical code. 0/O/1/I/L never
 * occur in codes, so typing one is reported rather than guessed: a guess could open someone else's order.
 */
export function normaliseOrderCode(input: string): NormaliseOrderCodeResult {
  const compact = input.toUpperCase().replace(/[\s\-_.]/g, "");
  if (compact === "") return { ok: false, reason: "EMPTY" };
  for (const ch of compact) {
    if ("0O1IL".includes(ch)) return { ok: false, reason: "AMBIGUOUS_CHARACTER", character: ch };
    if (!ORDER_CODE_ALPHABET.includes(ch)) return { ok: false, reason: "INVALID_CHARACTER", character: ch };
  }
  const bodyLength = ORDER_CODE_RANDOM_LENGTH + 1;
  const prefixLength = compact.length - bodyLength;
  if (prefixLength !== 0 && (prefixLength < 2 || prefixLength > 4))
    return { ok: false, reason: "WRONG_LENGTH" };
  if (checkCharacter(compact.slice(0, -1)) !== compact.slice(-1))
    return { ok: false, reason: "CHECK_FAILED" };
  const prefix = compact.slice(0, prefixLength);
  const body = compact.slice(prefixLength);
  return { ok: true, code: prefix === "" ? body : `${prefix}-${body}` };
}

/** A message for a rejected code, in the buyer's language. */
export function orderCodeProblem(result: NormaliseOrderCodeResult, lang: "id" | "en"): string | undefined {
  if (result.ok) return undefined;
  const id: Record<typeof result.reason, string> = {
    EMPTY: "Masukkan kode pesanan.",
    WRONG_LENGTH: "Panjang kode pesanan tidak sesuai.",
    AMBIGUOUS_CHARACTER: `Kode pesanan tidak memakai huruf/angka "${result.character}" (tidak ada 0, O, 1, I, L). Periksa kembali.`,
    INVALID_CHARACTER: `Karakter "${result.character}" tidak dipakai dalam kode pesanan.`,
    CHECK_FAILED: "Kode pesanan salah ketik. Periksa kembali.",
  };
  const en: Record<typeof result.reason, string> = {
    EMPTY: "Enter the order code.",
    WRONG_LENGTH: "The order code has the wrong length.",
    AMBIGUOUS_CHARACTER: `Order codes never contain "${result.character}" (no 0, O, 1, I, L). Please check it.`,
    INVALID_CHARACTER: `"${result.character}" is not used in order codes.`,
    CHECK_FAILED: "The order code has a typo. Please check it.",
  };
  return (lang === "id" ? id : en)[result.reason];
}
