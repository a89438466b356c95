// Splitting a large register by province for parallel dedup (DESIGN §4: match runs block within a
// province; across provinces only exact identifiers are compared).
import type { LinkRecord } from "./types";

/** Province of a record: its region code, else the first two digits of its NIK; "" when unknown. */
export function provinceOf(r: LinkRecord): string {
  const region = (r.regionCode ?? "").replace(/\D/g, "");
  if (region.length >= 2) return region.slice(0, 2);
  const nik = (r.nationalId ?? "").replace(/\D/g, "");
  return nik.length >= 2 ? nik.slice(0, 2) : "";
}

/** Greedy balance: provinces, largest first, each to the lightest partition. */
export function planPartitions(counts: ReadonlyMap<string, number>, parts: number): Map<string, number> {
  const load = new Array<number>(parts).fill(0);
  const plan = new Map<string, number>();
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [province, n] of sorted) {
    let best = 0;
    for (let p = 1; p < parts; p++) if ((load[p] ?? 0) < (load[best] ?? 0)) best = p;
    plan.set(province, best);
    load[best] = (load[best] ?? 0) + n;
  }
  return plan;
}

/** Partition of a province; provinces the plan has not seen are spread by their code. */
export function partitionOf(province: string, plan: ReadonlyMap<string, number>, parts: number): number {
  const planned = plan.get(province);
  if (planned !== undefined) return planned;
  let h = 0;
  for (let i = 0; i < province.length; i++) h = (h * 31 + province.charCodeAt(i)) % 9973;
  return h % parts;
}
