// Village name → Kemendagri village code, within one regency (the uploading office's scope).
// A name that is not in this regency but exists elsewhere in Indonesia is never "corrected" into a
// look-alike here: that row belongs to another office (IMPORT-POLICY: REGION_UNKNOWN).

import { allowedTypos, candidateRegionKeys, editDistance, regionNameKey } from "./region-names";

export type VillageRecord = {
  /** Dotted village code, e.g. "62.71.01.1003". */
  readonly code: string;
  readonly name: string;
  readonly districtCode: string;
  readonly districtName: string;
};

/** Region data the domain needs, injected so that the domain stays pure (loader in import/). */
export type RegionDirectory = {
  /** Official name ("Kota Palangka Raya") or null when the code is not a regency/city. */
  regencyName(regencyCode: string): string | null;
  villagesOfRegency(regencyCode: string): readonly VillageRecord[];
  /** True when a village anywhere in Indonesia has this key (see regionNameKey). */
  hasVillageKey(key: string): boolean;
  /** True for a district code of the current edition ("62.71.01"). */
  isDistrictCode(code: string): boolean;
};

export type VillageMatch =
  | {
      readonly kind: "found";
      readonly code: string;
      readonly name: string;
      readonly how: "exact" | "typo";
      /** The name exists in several districts and nothing said which: the lowest code was taken. */
      readonly ambiguous: boolean;
    }
  | { readonly kind: "unknown"; readonly reason: "empty" | "not_found" | "other_regency" };

export type VillageQuery = { readonly village: string; readonly district?: string | null };

type Indexed = VillageRecord & { readonly key: string; readonly districtKey: string };

function pick(candidates: readonly Indexed[], districtCodes: readonly string[]): Indexed[] {
  const inDistrict = candidates.filter((c) => districtCodes.includes(c.districtCode));
  return inDistrict.length > 0 ? inDistrict : [...candidates];
}

function found(matches: readonly Indexed[], how: "exact" | "typo"): VillageMatch {
  const sorted = [...matches].sort((a, b) => a.code.localeCompare(b.code));
  const first = sorted[0];
  if (!first) return { kind: "unknown", reason: "not_found" };
  const distinctNames = new Set(sorted.map((m) => m.key)).size;
  if (how === "typo" && distinctNames > 1) return { kind: "unknown", reason: "not_found" };
  return { kind: "found", code: first.code, name: first.name, how, ambiguous: sorted.length > 1 };
}

/** "62.71.01.1003", "6271011003" → "62.71.01.1003"; null for anything else (a name). */
export function villageCodeOf(text: string): string | null {
  const m = /^(\d{2})\.?(\d{2})\.?(\d{2})\.?(\d{4})$/.exec(text.trim());
  return m ? `${m[1]}.${m[2]}.${m[3]}.${m[4]}` : null;
}

/** Builds a memoised matcher over one regency's villages. */
export function createVillageMatcher(options: {
  readonly villages: readonly VillageRecord[];
  readonly isKnownElsewhere: (key: string) => boolean;
}): (query: VillageQuery) => VillageMatch {
  const indexed: Indexed[] = options.villages.map((v) => ({
    ...v,
    key: regionNameKey(v.name),
    districtKey: regionNameKey(v.districtName),
  }));
  const byKey = new Map<string, Indexed[]>();
  for (const v of indexed) byKey.set(v.key, [...(byKey.get(v.key) ?? []), v]);
  const districts = new Map(indexed.map((v) => [v.districtKey, v.districtCode]));

  const districtCodesFor = (district: string | null | undefined): string[] => {
    if (!district) return [];
    const codes = new Set<string>();
    for (const key of candidateRegionKeys(district)) {
      const exact = districts.get(key);
      if (exact) codes.add(exact);
      for (const [dKey, code] of districts) {
        if (editDistance(key, dKey, allowedTypos(key)) <= allowedTypos(key)) codes.add(code);
      }
      if (codes.size > 0) break;
    }
    return [...codes];
  };

  const match = (query: VillageQuery): VillageMatch => {
    const keys = candidateRegionKeys(query.village);
    if (keys.length === 0) return { kind: "unknown", reason: "empty" };
    const districtCodes = districtCodesFor(query.district);
    for (const key of keys) {
      const exact = byKey.get(key);
      if (exact) return found(pick(exact, districtCodes), "exact");
    }
    if (keys.some((key) => options.isKnownElsewhere(key)))
      return { kind: "unknown", reason: "other_regency" };
    const key = keys[0] ?? "";
    const max = allowedTypos(key);
    let best = max + 1;
    let near: Indexed[] = [];
    for (const v of indexed) {
      const d = editDistance(key, v.key, Math.min(max, best));
      if (d < best) [best, near] = [d, [v]];
      else if (d === best && d <= max) near.push(v);
    }
    return best <= max ? found(pick(near, districtCodes), "typo") : { kind: "unknown", reason: "not_found" };
  };

  // "Langkai, Kec. Pahandut" / "Langkai (Pahandut)": the village first, its district after.
  const matchCombined = (query: VillageQuery): VillageMatch => {
    const direct = match(query);
    if (direct.kind === "found") return direct;
    const parts = query.village
      .split(/\s*(?:[,;/(]|\bkec(?:amatan)?\b\.?)\s*/i)
      .filter((p) => p.replace(/\W/g, "") !== "");
    if (parts.length < 2 || !parts[0]) return direct;
    const split = match({
      village: parts[0],
      district: parts.slice(1).join(" ").replace(/\)/g, "") || query.district,
    });
    return split.kind === "found" ? split : direct;
  };

  // A Kemendagri village code ("62.71.01.1003" or "6271011003", the product's own export format).
  const byCode = new Map(indexed.map((v) => [v.code, v]));
  const matchCode = (code: string): VillageMatch => {
    const v = byCode.get(code);
    if (v) return { kind: "found", code: v.code, name: v.name, how: "exact", ambiguous: false };
    const regency = indexed[0]?.code.slice(0, 5);
    return {
      kind: "unknown",
      reason: regency && !code.startsWith(`${regency}.`) ? "other_regency" : "not_found",
    };
  };

  const cache = new Map<string, VillageMatch>();
  return (query) => {
    const code = villageCodeOf(query.village);
    if (code) return matchCode(code);
    const cacheKey = `${query.village}\u0000${query.district ?? ""}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const result = matchCombined(query);
    if (cache.size > 20_000) cache.clear();
    cache.set(cacheKey, result);
    return result;
  };
}
