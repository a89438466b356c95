// Blocking keys of one record as short strings, for an indexed text[] column: a typed record's
// keys overlap (&&) the stored keys of the people it shares a block with. Each key is a rule code
// plus the base-36 hash of that rule's stored variant ("a1x9zq"), so no personal data is stored.
import { combine, recordComponents } from "./block-features";
import { BLOCKING_RULES } from "./blocking-rules";
import { hashKey } from "./hash";
import { type PrepareOptions, prepareRecord } from "./prepare";
import type { LinkRecord, Prepared } from "./types";

const SALTS = new Map(BLOCKING_RULES.map((r) => [r.name, hashKey(r.name)]));

/** Keys of a normalised record (deduplicated, in rule order). */
export function preparedBlockingKeys(p: Prepared): string[] {
  const hashes = recordComponents(p);
  const keys: string[] = [];
  for (const rule of BLOCKING_RULES) {
    const combos = rule.variants[rule.storedVariant] ?? rule.variants[0] ?? [];
    for (const combo of combos) {
      const [a, b, c] = combo.map((name) => hashes[name]);
      const h = combine(SALTS.get(rule.name) ?? 0, a ?? 0, b ?? -1, c ?? -1);
      if (h === 0) continue;
      const key = `${rule.code}${h.toString(36)}`;
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/**
 * Short strings to store in an indexed `text[]` column; two records that any blocking rule would
 * compare share at least one key.
 */
export function blockingKeys(record: LinkRecord, options?: PrepareOptions): string[] {
  return preparedBlockingKeys(prepareRecord(record, options));
}
