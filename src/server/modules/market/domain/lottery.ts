// The remainder lottery. Each candidate's ticket is SHA-256("<seed>:<buyerKey>"); the lowest tickets
// win. Anyone holding the published seed can recompute it (`printf '%s' 'seed:key' | sha256sum`),
// and the draw does not depend on the order in which buyers were listed.

import { sha256Hex } from "./sha256";

/** The ticket of one candidate: 64 hex digits, compared as strings. */
export function lotteryTicket(seed: string, key: string): string {
  return sha256Hex(`${seed}:${key}`);
}

/** Picks `count` winners among `keys` (distinct) by lowest ticket; ties by key. */
export function drawWinners(options: { seed: string; keys: readonly string[]; count: number }): Set<string> {
  const { seed, keys, count } = options;
  if (count <= 0) return new Set();
  if (count >= keys.length) return new Set(keys);
  const tickets = keys.map((key) => ({ key, ticket: lotteryTicket(seed, key) }));
  tickets.sort((a, b) => compare(a.ticket, b.ticket) || compare(a.key, b.key));
  return new Set(tickets.slice(0, count).map((t) => t.key));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
