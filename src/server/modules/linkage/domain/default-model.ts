// A default model for records in the register's canonical columns, so the product can score a
// pair (duplicate hint, review queue) before any run has trained one. The values come from EM on
// a synthetic 100,000-record register (see bench/linkage), then softened: real lists have errors
// the generator does not make (a wrong sex, a changed family card, a new address), so no
// agreement is treated as certain and no disagreement as impossible.
import type { ComparisonName } from "./comparison-types";
import { comparisonByName } from "./comparisons";
import { DEFAULT_THRESHOLDS, type LinkageModel } from "./model";

type Row = { m: number[]; u: number[]; uRandom: number[] };

const ROWS: Array<[ComparisonName, Row]> = [
  [
    "name",
    {
      m: [0.6, 0.02, 0.2, 0.1, 0.05, 0.03],
      u: [0.2, 0.002, 0.02, 0.03, 0.34, 0.408],
      uRandom: [0.0007, 0.00003, 0.0002, 0.005, 0.026, 0.968],
    },
  ],
  [
    "birthDate",
    {
      m: [0.86, 0.03, 0.07, 0.02, 0.02],
      u: [0.28, 0.08, 0.005, 0.005, 0.63],
      uRandom: [0.0001, 0.00005, 0.0016, 0.0032, 0.995],
    },
  ],
  [
    "nationalId",
    {
      m: [0.76, 0.18, 0.03, 0.03],
      u: [0.00001, 0.02, 0.015, 0.965],
      uRandom: [0.000004, 0.000004, 0.000004, 0.99999],
    },
  ],
  [
    "familyId",
    {
      m: [0.9, 0.03, 0.01, 0.06],
      u: [0.26, 0.0001, 0.0001, 0.7398],
      uRandom: [0.00001, 0.000004, 0.000004, 0.99998],
    },
  ],
  ["sex", { m: [0.98, 0.02], u: [0.67, 0.33], uRandom: [0.5, 0.5] }],
  ["phone", { m: [0.75, 0.02, 0.23], u: [0.03, 0.0001, 0.9699], uRandom: [0.000004, 0.000004, 0.99999] }],
  [
    "address",
    {
      m: [0.85, 0.05, 0.03, 0.03, 0.04],
      u: [0.26, 0.007, 0.014, 0.24, 0.479],
      uRandom: [0.009, 0.009, 0.016, 0.3, 0.666],
    },
  ],
  ["rtRw", { m: [0.9, 0.05, 0.05], u: [0.27, 0.2, 0.53], uRandom: [0.022, 0.26, 0.718] }],
  [
    "region",
    {
      m: [0.9, 0.06, 0.02, 0.01, 0.01],
      u: [0.31, 0.17, 0.22, 0.19, 0.11],
      uRandom: [0.00002, 0.0003, 0.0037, 0.039, 0.95698],
    },
  ],
  ["birthPlace", { m: [0.9, 0.04, 0.06], u: [0.37, 0.005, 0.625], uRandom: [0.0036, 0.001, 0.9954] }],
  [
    "business",
    {
      m: [0.7, 0.02, 0.12, 0.03, 0.13],
      u: [0.003, 0.0002, 0.014, 0.083, 0.8998],
      uRandom: [0.0002, 0.00006, 0.006, 0.062, 0.93174],
    },
  ],
];

/** The default model for canonical Indonesian register records (no term frequencies). */
export function defaultModel(): LinkageModel {
  return {
    version: 1,
    comparisons: ROWS.map(([name, row]) => ({
      name,
      levels: [...comparisonByName(name).levels],
      m: [...row.m],
      u: [...row.u],
      uRandom: [...row.uRandom],
    })),
    lambda: 0.29,
    thresholds: { ...DEFAULT_THRESHOLDS },
    tf: {},
  };
}
