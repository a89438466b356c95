// Comparison of two normalised names, token by token, aware of Indonesian look-alikes.
import { areDistinctNames, looseToken } from "./name-normalise";
import { jaroWinkler } from "./string-distance";

/** Similarity of two canonical tokens in [0, 1]; look-alike distinct names score 0. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (areDistinctNames(a, b)) return 0;
  // An initial ("M." for Muhammad, "S." for Siti) agrees with any token that starts with it.
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 0.85 : 0;
  if (looseToken(a) === looseToken(b)) return 0.96;
  return jaroWinkler(a, b);
}

export type NameLevel = "exact" | "sameTokens" | "fuzzy" | "subset" | "partial" | "different";

export const NAME_LEVELS: readonly NameLevel[] = [
  "exact",
  "sameTokens",
  "fuzzy",
  "subset",
  "partial",
  "different",
];

const TOKEN_MATCH = 0.88;

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((t, i) => t === sb[i]);
}

/** Greedy alignment: how many tokens of the shorter list find a similar unused partner. */
function alignedCount(small: readonly string[], large: readonly string[]): { hits: number; exact: number } {
  let used = 0;
  let hits = 0;
  let exact = 0;
  for (const t of small) {
    let best = 0;
    let bestIdx = -1;
    for (let j = 0; j < large.length; j++) {
      if ((used & (1 << j)) !== 0) continue;
      const s = tokenSimilarity(t, large[j] ?? "");
      if (s > best) {
        best = s;
        bestIdx = j;
      }
    }
    if (bestIdx >= 0 && best >= TOKEN_MATCH) {
      used |= 1 << bestIdx;
      hits++;
      if (best === 1) exact++;
    }
  }
  return { hits, exact };
}

/** Level of agreement between two canonical token lists. */
export function compareNameTokens(a: readonly string[], b: readonly string[]): NameLevel {
  if (a.length === 0 || b.length === 0) return "different";
  const ja = a.join(" ");
  const jb = b.join(" ");
  if (ja === jb) return "exact";
  const ca = a.join("");
  const cb = b.join("");
  if (ca === cb || sameMultiset(a, b)) return "sameTokens";
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const { hits } = alignedCount(small.slice(0, 30), large.slice(0, 30));
  if (hits === small.length && small.length === large.length) return "fuzzy";
  // Spacing differences ("NUR HAYATI" / "NURHAYATI") with a typo: compare the joined strings.
  if (hits < small.length && ca.length >= 6 && jaroWinkler(ca, cb) >= 0.95 && !hasDistinctToken(a, b)) {
    return "fuzzy";
  }
  if (hits === small.length) return "subset";
  if (hits > 0) return "partial";
  return "different";
}

function hasDistinctToken(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (areDistinctNames(x, y)) return true;
  return false;
}
