// Short codes a person reads out or types from paper (certificate numbers, order codes): no 0/O,
// 1/I/L; 31 symbols (a prime), so a position-weighted check symbol catches every single wrong
// symbol and every swap of two neighbours before the code reaches the database.

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const BASE = CODE_ALPHABET.length;

/** Returns an integer in [0, maxExclusive); production passes `crypto.randomInt`, tests a fixed sequence. */
export type RandomInt = (maxExclusive: number) => number;

/** The position-weighted check symbol of a run of code symbols (prefix included). */
export function checkSymbol(symbols: string): string {
  let sum = 0;
  for (let i = 0; i < symbols.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(symbols[i] ?? "");
  return CODE_ALPHABET[sum % BASE] ?? "";
}

/** `PREFIX-XXXXXXC`: a prefix of code letters, `length` random symbols and a check symbol. */
export function generateCheckedCode(o: { random: RandomInt; prefix: string; length: number }): string {
  let body = "";
  for (let i = 0; i < o.length; i++) body += CODE_ALPHABET[o.random(BASE)] ?? "";
  if (body.length !== o.length) throw new RangeError("random index out of range");
  return `${o.prefix}-${body}${checkSymbol(o.prefix + body)}`;
}

export type CheckedCodeResult =
  | { ok: true; code: string }
  | { ok: false; reason: "EMPTY" | "WRONG_FORMAT" | "AMBIGUOUS_CHARACTER" | "CHECK_FAILED" };

/** Normalises what a person typed ("srt 7kq4 xzp") to `SRT-7KQ4XZP`; look-alikes are refused, never guessed. */
export function normaliseCheckedCode(
  input: string,
  o: { prefix: string; length: number },
): CheckedCodeResult {
  const compact = input.toUpperCase().replace(/[\s\-_.]/g, "");
  if (compact === "") return { ok: false, reason: "EMPTY" };
  const body = compact.startsWith(o.prefix) ? compact.slice(o.prefix.length) : compact;
  if ([...body].some((ch) => "0O1IL".includes(ch))) return { ok: false, reason: "AMBIGUOUS_CHARACTER" };
  if (body.length !== o.length + 1 || [...body].some((ch) => !CODE_ALPHABET.includes(ch)))
    return { ok: false, reason: "WRONG_FORMAT" };
  if (checkSymbol(o.prefix + body.slice(0, -1)) !== body.slice(-1))
    return { ok: false, reason: "CHECK_FAILED" };
  return { ok: true, code: `${o.prefix}-${body}` };
}
