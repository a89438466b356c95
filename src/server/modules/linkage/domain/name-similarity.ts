// Comparison of two normalised names, token by token, aware of Indonesian look-alikes.

import { type NameKeys, nameKeys } from "./name-keys";
import { areDistinctNames, looseToken } from "./name-normalise";
import { jaroWinkler } from "./string-distance";

/** Similarity from which two tokens count as the same name written differently. */
const TOKEN_MATCH = 0.88;

/** Similarity of two canonical tokens in [0, 1]; look-alike distinct names score 0. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  // An initial ("M." for Muhammad, "S." for Siti) agrees with any token that starts with it.
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? TOKEN_MATCH : 0;
  let s = jaroWinkler(a, b);
  // Jaro-Winkler is harsh on short tokens: "SRI"/"SIR" is one swapped pair of letters.
  if (s < 0.9 && a.length === b.length && isAdjacentSwap(a, b)) s = 0.9;
  if (s < 0.96 && (a.includes("J") || b.includes("J")) && looseToken(a) === looseToken(b)) s = 0.96;
  // Only similar-looking tokens can be look-alike distinct names; check those alone (it is slower).
  return s >= 0.8 && areDistinctNames(a, b) ? 0 : s;
}

function isAdjacentSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
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
  return compareNames(nameKeys(a), nameKeys(b));
}

export function compareNames(x: NameKeys, y: NameKeys): NameLevel {
  const a = x.tokens;
  const b = y.tokens;
  if (a.length === 0 || b.length === 0) return "different";
  if (x.joined === y.joined) return "exact";
  if (x.concat === y.concat || x.sorted === y.sorted) return "sameTokens";
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const { hits } = alignedCount(small.slice(0, 30), large.slice(0, 30));
  if (hits === small.length && small.length === large.length) return "fuzzy";
  // Spacing differences ("NUR HAYATI" / "NURHAYATI") with a typo: compare the joined strings.
  if (
    hits < small.length &&
    x.concat.length >= 6 &&
    jaroWinkler(x.concat, y.concat) >= 0.95 &&
    !hasDistinctToken(a, b)
  ) {
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
