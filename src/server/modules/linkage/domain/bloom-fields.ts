// What goes into each Bloom filter of a record: name, birth date, address, business (bloom.ts).

import { bigrams } from "./bloom";
import type { Prepared } from "./types";

export const BLOOM_FIELDS = ["name", "dob", "address", "business"] as const;
export type BloomField = (typeof BLOOM_FIELDS)[number];

/** Tokens of the name filter: bigrams of each canonical token, so word order does not matter. */
function nameTokens(r: Prepared): string[] {
  return r.name.flatMap((t) => bigrams(t));
}

/**
 * Tokens of the birth-date filter: year, month, day and the unordered day/month pair, so that a
 * swapped day and month or a year off by one still shares most bits.
 */
function dobTokens(r: Prepared): string[] {
  if (r.birthDate === 0) return [];
  const y = Math.floor(r.birthDate / 10000);
  const m = Math.floor(r.birthDate / 100) % 100;
  const d = r.birthDate % 100;
  return [`Y${y}`, `M${m}`, `D${d}`, `DM${Math.min(d, m)}-${Math.max(d, m)}`, `YD${y}-${d}`, `YM${y}-${m}`];
}

/** Tokens of the address filter: street bigrams, RT/RW and region-code prefixes. */
function addressTokens(r: Prepared): string[] {
  const out = r.address.flatMap((t) => bigrams(t));
  if (r.rt !== "") out.push(`RT${r.rt}`);
  if (r.rw !== "") out.push(`RW${r.rw}`);
  for (const depth of [4, 6, 10])
    if (r.region.length >= depth) out.push(`R${depth}:${r.region.slice(0, depth)}`);
  if (r.locality !== "") out.push(...bigrams(r.locality).map((g) => `L${g}`));
  if (r.postcode !== "") out.push(`P${r.postcode}`);
  if (r.streetNumber !== "") out.push(`N${r.streetNumber}`);
  if (r.state !== "") out.push(`S${r.state}`);
  return out;
}

/** The tokens of each Bloom filter of a record, in BLOOM_FIELDS order. */
export function bloomInputs(r: Prepared): string[][] {
  return [nameTokens(r), dobTokens(r), addressTokens(r), r.business.flatMap((t) => bigrams(t))];
}
