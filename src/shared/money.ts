// Money is an integer number of Rupiah everywhere. Formatting is built by hand because
// Intl's IDR output differs between engines (space, ",00") and CLDR versions.

declare const rupiahBrand: unique symbol;
/** An integer number of Rupiah (may be negative for refunds and balances). */
export type Rupiah = number & { readonly [rupiahBrand]: "Rupiah" };

/** True when `n` is a safe integer, i.e. a valid Rupiah amount. */
export function isRupiah(n: number): n is Rupiah {
  return Number.isSafeInteger(n);
}

/** Brands a number as Rupiah; a fraction or unsafe number is a programming error. */
export function rupiah(n: number): Rupiah {
  if (!isRupiah(n)) throw new RangeError(`not a whole Rupiah amount: ${n}`);
  return n;
}

/** Sums Rupiah amounts, staying branded. */
export function sumRupiah(amounts: readonly Rupiah[]): Rupiah {
  let total = 0;
  for (const a of amounts) total += a;
  return rupiah(total);
}

/** Groups the digits of an integer: `groupDigits(2400000)` → "2.400.000" (Indonesian), "," for English. */
export function groupDigits(n: number, separator: "." | "," = "."): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
  const digits = String(Math.abs(n));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Official style: `Rp5.000`, `Rp2.400.000`, `-Rp5.000` (no space, dot thousands, no decimals). */
export function formatRupiah(n: number): string {
  const grouped = groupDigits(Math.abs(n));
  return n < 0 ? `-Rp${grouped}` : `Rp${grouped}`;
}

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"] as const;
// Scale words for each group of three digits, from the right; 10^15 covers every safe integer.
const SCALES = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"] as const;

function below1000(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(ONES[hundreds] ?? "", "ratus");
  if (rest === 10) words.push("sepuluh");
  else if (rest === 11) words.push("sebelas");
  else if (rest > 11 && rest < 20) words.push(ONES[rest - 10] ?? "", "belas");
  else {
    const tens = Math.floor(rest / 10);
    if (tens > 0) words.push(ONES[tens] ?? "", "puluh");
    if (rest % 10 > 0) words.push(ONES[rest % 10] ?? "");
  }
  return words;
}

/**
 * An integer in Indonesian words: `terbilang(2400000)` → "dua juta empat ratus ribu",
 * `terbilang(1000)` → "seribu", `terbilang(-5)` → "minus lima".
 */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
  if (n === 0) return "nol";
  if (n < 0) return `minus ${terbilang(-n)}`;
  const words: string[] = [];
  let rest = n;
  const groups: number[] = [];
  while (rest > 0) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  for (let scale = groups.length - 1; scale >= 0; scale--) {
    const group = groups[scale] ?? 0;
    if (group === 0) continue;
    // "seribu", never "satu ribu"; but "satu juta", "satu miliar".
    if (scale === 1 && group === 1) words.push("seribu");
    else words.push(...below1000(group), SCALES[scale] ?? "");
  }
  return words.filter((w) => w !== "").join(" ");
}

/** Amount in words for receipts and invoices: "dua juta empat ratus ribu rupiah". */
export function terbilangRupiah(n: number): string {
  return `${terbilang(n)} rupiah`;
}
