// The model the duplicate hint scores with when no run has trained one: m and u per comparison
// level set by hand from what register duplicates look like (Indonesian names, NIK typos, the same
// village). Levels are looked up by label, so a change of the engine's levels degrades to the
// engine's neutral start values instead of breaking.

import type { ComparisonName } from "./domain/comparison-types";
import { comparisonByName } from "./domain/comparisons";
import { DEFAULT_THRESHOLDS, emptyParams, type LinkageModel } from "./domain/model";

type LevelTable = Record<string, readonly [m: number, u: number]>;

const TABLES: Partial<Record<ComparisonName, LevelTable>> = {
  name: {
    exact: [0.7, 0.02],
    sameTokens: [0.08, 0.005],
    fuzzy: [0.12, 0.02],
    subset: [0.05, 0.03],
    partial: [0.03, 0.15],
    different: [0.02, 0.775],
  },
  birthDate: {
    exact: [0.85, 0.02],
    swap: [0.03, 0.001],
    near: [0.06, 0.01],
    partial: [0.04, 0.07],
    different: [0.02, 0.899],
  },
  nationalId: { exact: [0.85, 0.0005], near: [0.08, 0.002], near2: [0.03, 0.01], different: [0.04, 0.9875] },
  familyId: { exact: [0.8, 0.02], near: [0.05, 0.005], near2: [0.02, 0.01], different: [0.13, 0.965] },
  sex: { same: [0.98, 0.5], different: [0.02, 0.5] },
  phone: { exact: [0.6, 0.002], near: [0.05, 0.001], different: [0.35, 0.997] },
  address: {
    exact: [0.4, 0.01],
    high: [0.2, 0.02],
    medium: [0.15, 0.05],
    low: [0.1, 0.15],
    different: [0.15, 0.77],
  },
  rtRw: { both: [0.8, 0.05], one: [0.1, 0.15], different: [0.1, 0.8] },
  region: {
    village: [0.75, 0.1],
    district: [0.12, 0.15],
    regency: [0.08, 0.3],
    province: [0.03, 0.35],
    different: [0.02, 0.1],
  },
  birthPlace: { exact: [0.8, 0.1], high: [0.1, 0.05], different: [0.1, 0.85] },
  business: {
    exact: [0.45, 0.005],
    high: [0.2, 0.01],
    medium: [0.15, 0.04],
    low: [0.1, 0.1],
    different: [0.1, 0.845],
  },
};

/** Comparisons of a register record (person or business with its owner). */
export const REGISTER_COMPARISONS: readonly ComparisonName[] = [
  "name",
  "birthDate",
  "nationalId",
  "familyId",
  "sex",
  "phone",
  "address",
  "rtRw",
  "region",
  "birthPlace",
  "business",
];

function params(name: ComparisonName) {
  const base = emptyParams(comparisonByName(name));
  const table = TABLES[name];
  if (!table || !base.levels.every((l) => table[l])) return base;
  const m = base.levels.map((l) => table[l]?.[0] ?? 0);
  const u = base.levels.map((l) => table[l]?.[1] ?? 0);
  return { ...base, m, u, uRandom: u };
}

let cached: LinkageModel | null = null;

/** The hand-set register model (prior: 1 % of candidate pairs are duplicates). */
export function defaultRegisterModel(): LinkageModel {
  cached ??= {
    version: 1,
    comparisons: REGISTER_COMPARISONS.map(params),
    lambda: 0.01,
    thresholds: DEFAULT_THRESHOLDS,
    tf: {},
  };
  return cached;
}
