// RegionDirectory from the npm package idn-area-data (Kemendagri codes, data under ODbL — keep its
// attribution). Loaded once per process (~0.5 s, ~84,000 villages) and shared.

import { getDistricts, getRegencies, getVillages } from "idn-area-data";
import { type RegionDirectory, regionNameKey, type VillageRecord } from "../domain";

let cached: Promise<RegionDirectory> | null = null;

export function loadRegionDirectory(): Promise<RegionDirectory> {
  cached ??= buildDirectory().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}

async function buildDirectory(): Promise<RegionDirectory> {
  const [regencies, districts, villages] = await Promise.all([getRegencies(), getDistricts(), getVillages()]);
  const regencyNames = new Map(regencies.map((r) => [r.code, r.name]));
  const districtNames = new Map(districts.map((d) => [d.code, d.name]));
  const byRegency = new Map<string, VillageRecord[]>();
  const keys = new Set<string>();
  for (const v of villages) {
    const regency = v.district_code.slice(0, 5);
    const list = byRegency.get(regency) ?? [];
    list.push({
      code: v.code,
      name: v.name,
      districtCode: v.district_code,
      districtName: districtNames.get(v.district_code) ?? "",
    });
    byRegency.set(regency, list);
    keys.add(regionNameKey(v.name));
  }
  return {
    regencyName: (code) => regencyNames.get(code) ?? null,
    villagesOfRegency: (code) => byRegency.get(code) ?? [],
    hasVillageKey: (key) => keys.has(key),
    isDistrictCode: (code) => districtNames.has(code),
  };
}

/** "13.10", "1310", " 13.10 " → "13.10"; null when it is not shaped like a regency code. */
export function normaliseRegencyCode(input: string): string | null {
  const digits = input.trim().replace(/[.\s]/g, "");
  return /^\d{4}$/.test(digits) ? `${digits.slice(0, 2)}.${digits.slice(2)}` : null;
}

/** A directory from plain lists, for tests and callers that already hold region rows. */
export function regionDirectoryFrom(input: {
  readonly regencies: readonly { readonly code: string; readonly name: string }[];
  readonly villages: readonly VillageRecord[];
  readonly otherVillageNames?: readonly string[];
}): RegionDirectory {
  const keys = new Set(
    [...input.villages.map((v) => v.name), ...(input.otherVillageNames ?? [])].map(regionNameKey),
  );
  const districts = new Set(input.villages.map((v) => v.districtCode));
  return {
    regencyName: (code) => input.regencies.find((r) => r.code === code)?.name ?? null,
    villagesOfRegency: (code) => input.villages.filter((v) => v.code.startsWith(`${code}.`)),
    hasVillageKey: (key) => keys.has(key),
    isDistrictCode: (code) => districts.has(code),
  };
}
