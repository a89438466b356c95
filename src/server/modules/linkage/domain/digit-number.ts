// Digit strings (NIK, No. KK, phone) held as two small integers so that comparing them never has
// to reach the string in memory; only near-equal pairs fall back to the string.

/** First and second half of a digit string as numbers; len 0 when not all digits or too long. */
export type DigitNumber = { hi: number; lo: number; len: number };

export const NO_DIGITS: DigitNumber = { hi: 0, lo: 0, len: 0 };

export function toDigitNumber(s: string, from = 0): DigitNumber {
  const len = s.length - from;
  if (len <= 0 || len > 18) return NO_DIGITS;
  const half = Math.ceil(len / 2);
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < len; i++) {
    const d = s.charCodeAt(from + i) - 48;
    if (d < 0 || d > 9) return NO_DIGITS;
    if (i < half) hi = hi * 10 + d;
    else lo = lo * 10 + d;
  }
  return { hi, lo, len };
}

/**
 * Positions that differ between two digit numbers of the same length, counted up to 5 (Hamming
 * distance; two entry errors change at most four positions).
 */
export function digitMismatches(aHi: number, aLo: number, bHi: number, bLo: number): number {
  let n = 0;
  let x = aLo;
  let y = bLo;
  while (x > 0 || y > 0) {
    if (x % 10 !== y % 10 && ++n > 4) return 5;
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  x = aHi;
  y = bHi;
  while (x > 0 || y > 0) {
    if (x % 10 !== y % 10 && ++n > 4) return 5;
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  return n;
}
