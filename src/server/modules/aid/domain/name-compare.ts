// Small name comparison for reconciliation ("name differs") and household evidence. The linkage
// module owns the full engine; here a bank's or a business's name is only compared to one other name.
import { jaroWinkler } from "../../../../shared/jaro-winkler";
import { nameKey } from "../../../../shared/person-name";

/** The matching form of a name (shared rule: case, accents, punctuation and titles dropped) as tokens. */
export function nameTokens(name: string): string[] {
  const key = nameKey(name);
  return key === "" ? [] : key.split(" ");
}

/** 0..1; token order, titles, case and punctuation do not matter. */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  // token order differs between lists (SIREGAR BUDI); spacing differs too (NUR HAYATI = NURHAYATI)
  const sorted = jaroWinkler([...ta].sort().join(" "), [...tb].sort().join(" "));
  const joined = jaroWinkler(ta.join(""), tb.join(""));
  return Math.round(Math.max(sorted, joined) * 1000) / 1000;
}

/** Folded key used to find people at the same address: village + street words + RT/RW. */
export function addressKey(input: { villageCode: string | null; address: string | null }): string | null {
  if (!input.address || !input.villageCode) return null;
  const words = input.address
    .toUpperCase()
    .replace(/\b(JL|JLN|JALAN)\b\.?/g, "JL")
    .replace(/\bNO\b\.?/g, "NO")
    .replace(/[^A-Z0-9]+/g, " ")
    .replace(/([A-Z])(\d)/g, "$1 $2")
    .trim();
  return words === "" ? null : `${input.villageCode}|${words}`;
}
