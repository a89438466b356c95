// Stored blocking keys of one record for the duplicate hint: each blocking rule's `storedVariant`
// combos, hashed like the engine hashes them and prefixed with the rule's code ("f1x9z…"). A
// person's keys go into registry.persons.match_keys (GIN); a typed record's keys are computed on the
// fly, and `match_keys && $keys` finds the people who share a block with it.
import { combine, recordComponents } from "./domain/block-features";
import { BLOCKING_RULES } from "./domain/blocking-rules";
import { hashKey } from "./domain/hash";
import { prepareRecord } from "./domain/prepare";
import type { LinkRecord, Prepared } from "./domain/types";

const SALTS = new Map(BLOCKING_RULES.map((r) => [r.name, hashKey(r.name)]));

/** Keys of a normalised record (deduplicated, in rule order). */
export function preparedMatchKeys(p: Prepared): string[] {
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

/** Keys of a raw record. */
export function matchKeysOf(record: LinkRecord): string[] {
  return preparedMatchKeys(prepareRecord(record));
}
