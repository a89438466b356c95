// Human-facing proposal numbers: short, without the look-alikes 0/O and 1/I.

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** `USL-2020-7KQ4M9` from random bytes supplied by the caller (keeps this pure). */
export function proposalNumber(year: number, random: Uint8Array): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[(random[i] ?? 0) % ALPHABET.length];
  return `USL-${year}-${code}`;
}
