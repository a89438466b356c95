// Comparators for where and how to reach a person, and for the business.
import { type Comparison, NULL_LEVEL } from "./comparison-types";
import { digitMismatches } from "./digit-number";
import { compareNik } from "./nik";
import { damerauLevenshtein, jaroWinkler, softTokenSimilarity } from "./string-distance";

function tokenSetLevel(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return NULL_LEVEL;
  if (a.length === b.length && a.every((t, i) => t === b[i])) return 0;
  const s = softTokenSimilarity(a, b);
  return s >= 0.85 ? 1 : s >= 0.6 ? 2 : s >= 0.3 ? 3 : 4;
}

const TOKEN_SET_LEVELS = ["exact", "high", "medium", "low", "different"] as const;

export const addressComparison: Comparison = {
  name: "address",
  levels: TOKEN_SET_LEVELS,
  isActive: (p) => p.address,
  compare(a, b) {
    if (a.fast.address === 0 || b.fast.address === 0) return NULL_LEVEL;
    return a.fast.address === b.fast.address ? 0 : tokenSetLevel(a.address, b.address);
  },
};

export const businessComparison: Comparison = {
  name: "business",
  levels: TOKEN_SET_LEVELS,
  isActive: (p) => p.business,
  compare(a, b) {
    if (a.fast.business === 0 || b.fast.business === 0) return NULL_LEVEL;
    return a.fast.business === b.fast.business ? 0 : tokenSetLevel(a.business, b.business);
  },
};

export const rtRwComparison: Comparison = {
  name: "rtRw",
  levels: ["both", "one", "different"],
  isActive: (p) => p.rtRw || p.address,
  compare(a, b) {
    const fa = a.fast;
    const fb = b.fast;
    if ((fa.rt < 0 && fa.rw < 0) || (fb.rt < 0 && fb.rw < 0)) return NULL_LEVEL;
    // RT and RW are numbered within a village: in two villages they say nothing (people move).
    if (fa.regionLen >= 10 && fb.regionLen >= 10 && fa.place10 !== fb.place10) return NULL_LEVEL;
    const rt = fa.rt >= 0 && fa.rt === fb.rt;
    const rw = fa.rw >= 0 && fa.rw === fb.rw;
    return rt && rw ? 0 : rt || rw ? 1 : 2;
  },
};

export const phoneComparison: Comparison = {
  name: "phone",
  levels: ["exact", "near", "different"],
  isActive: (p) => p.phone,
  compare(a, b) {
    const fa = a.fast;
    const fb = b.fast;
    if (fa.phoneLen === 0 || fb.phoneLen === 0) return NULL_LEVEL;
    if (fa.phoneHi === fb.phoneHi && fa.phoneLo === fb.phoneLo && fa.phoneLen === fb.phoneLen) return 0;
    if (fa.phoneLen === fb.phoneLen && digitMismatches(fa.phoneHi, fa.phoneLo, fb.phoneHi, fb.phoneLo) > 2)
      return 2;
    return damerauLevenshtein(a.phone, b.phone, 1) <= 1 ? 1 : 2;
  },
};

function exactComparison(name: "streetNumber" | "state", field: "streetNumber" | "state"): Comparison {
  return {
    name,
    levels: ["exact", "different"],
    isActive: (p) => p[field],
    compare(a, b) {
      if (a[field] === "" || b[field] === "") return NULL_LEVEL;
      return a[field] === b[field] ? 0 : 1;
    },
  };
}

export const streetNumberComparison = exactComparison("streetNumber", "streetNumber");
export const stateComparison = exactComparison("state", "state");

export const postcodeComparison: Comparison = {
  name: "postcode",
  levels: ["exact", "near", "different"],
  isActive: (p) => p.postcode,
  compare(a, b) {
    if (a.postcode === "" || b.postcode === "") return NULL_LEVEL;
    const l = compareNik(a.postcode, b.postcode);
    return l === "exact" ? 0 : l === "near" ? 1 : 2;
  },
};

function fuzzyTextComparison(name: "locality" | "birthPlace"): Comparison {
  return {
    name,
    levels: ["exact", "high", "different"],
    isActive: (p) => p[name],
    compare(a, b) {
      if (name === "birthPlace") {
        if (a.fast.birthPlace === 0 || b.fast.birthPlace === 0) return NULL_LEVEL;
        if (a.fast.birthPlace === b.fast.birthPlace) return 0;
      }
      const x = a[name];
      const y = b[name];
      if (x === "" || y === "") return NULL_LEVEL;
      if (x === y) return 0;
      const s = jaroWinkler(x, y);
      if (s >= 0.9) return 1;
      // Spaces added or dropped ("LAKES VLGE" / "LAKESVLGE").
      return x.replace(/ /g, "") === y.replace(/ /g, "") ? 1 : 2;
    },
  };
}

export const localityComparison = fuzzyTextComparison("locality");
export const birthPlaceComparison = fuzzyTextComparison("birthPlace");

export const regionComparison: Comparison = {
  name: "region",
  levels: ["village", "district", "regency", "province", "different"],
  isActive: (p) => p.region,
  compare(a, b) {
    const fa = a.fast;
    const fb = b.fast;
    if (fa.regionLen === 0 || fb.regionLen === 0) return NULL_LEVEL;
    // place hashes come from the region code whenever a record has one.
    if (fa.place10 !== 0 && fa.place10 === fb.place10) return 0;
    if (fa.place6 !== 0 && fa.place6 === fb.place6) return 1;
    if (fa.place4 !== 0 && fa.place4 === fb.place4) return 2;
    return fa.place2 === fb.place2 ? 3 : 4;
  },
};
