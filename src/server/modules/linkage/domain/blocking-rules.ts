// Blocking rules: each gives a record a few short keys; records sharing a key become candidates.
// A rule lists variants from coarse to fine; blocking picks the coarsest that fits the pair budget,
// so small files get generous blocks and a million records still grows about linearly.
import { swapInvariantKey } from "./date";
import { looseToken } from "./name-normalise";
import type { FieldPresence, Prepared } from "./types";

export type KeyFn = (r: Prepared) => string[];

export type BlockingRule = {
  name: string;
  isActive(presence: FieldPresence): boolean;
  /** Coarse to fine. */
  variants: readonly KeyFn[];
};

const NONE: string[] = [];

function one(key: string): string[] {
  return key === "" ? NONE : [key];
}

function dob(r: Prepared): string {
  return r.birthDate === 0 ? "" : swapInvariantKey(r.birthDate);
}

/** The finest place we know: village code, else postcode, else locality. */
function place(r: Prepared, depth: 2 | 4 | 6 | 10): string {
  if (r.region !== "") return r.region.slice(0, depth);
  if (r.postcode !== "") return depth <= 4 ? r.postcode.slice(0, 2 + depth / 2) : r.postcode;
  return r.locality;
}

function firstToken(r: Prepared): string {
  const t = r.given !== "" ? (r.given.split(" ")[0] ?? "") : (r.name[0] ?? "");
  return looseToken(t);
}

function lastToken(r: Prepared): string {
  const t = r.surname !== "" ? r.surname : (r.name[r.name.length - 1] ?? "");
  return r.name.length < 2 && r.surname === "" ? "" : looseToken(t);
}

/** Consonant skeleton of the whole name: survives vowel typos and spelling variants. */
function skeleton(r: Prepared): string {
  const s = [...r.name]
    .sort()
    .join("")
    .replace(/[AEIOUHY]/g, "");
  return s.length >= 3 ? s : "";
}

function idHalves(r: Prepared, extra: string): string[] {
  const d = r.nik?.digits ?? "";
  if (d.length < 6) return NONE;
  const h = Math.ceil(d.length / 2);
  return [`${d.slice(0, h)}|${extra}`, `|${d.slice(h)}|${extra}`];
}

function both(a: string, b: string): string[] {
  return a === "" || b === "" ? NONE : [`${a}|${b}`];
}

export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: "nationalId",
    isActive: (p) => p.nationalId,
    variants: [(r) => one(r.nik && r.nik.digits.length >= 6 ? r.nik.digits.slice(0, 15) : "")],
  },
  {
    name: "familyId",
    isActive: (p) => p.familyId,
    // The NIK goes in the same key space: a family-card number typed as NIK meets its household.
    variants: [(r) => (r.familyId === "" ? NONE : r.nik ? [r.familyId, r.nik.digits] : [r.familyId])],
  },
  {
    name: "nationalIdHalves",
    isActive: (p) => p.nationalId,
    // One mistyped or swapped digit spoils only one half of the number.
    variants: [(r) => idHalves(r, ""), (r) => idHalves(r, place(r, 4)), (r) => idHalves(r, firstToken(r))],
  },
  { name: "phone", isActive: (p) => p.phone, variants: [(r) => one(r.phone)] },
  { name: "nameDob", isActive: (p) => p.birthDate, variants: [(r) => both(r.nameKey, dob(r))] },
  {
    name: "firstDob",
    isActive: (p) => p.birthDate,
    variants: [(r) => both(firstToken(r), dob(r)), (r) => both(firstToken(r), `${dob(r)}|${place(r, 2)}`)],
  },
  {
    name: "lastDob",
    isActive: (p) => p.birthDate,
    variants: [(r) => both(lastToken(r), dob(r)), (r) => both(lastToken(r), `${dob(r)}|${place(r, 2)}`)],
  },
  {
    name: "namePlace",
    isActive: (p) => p.region || p.postcode || p.locality,
    variants: [
      (r) => both(r.nameKey, place(r, 4)),
      (r) => both(r.nameKey, place(r, 6)),
      (r) => both(r.nameKey, place(r, 10)),
    ],
  },
  {
    name: "lastPlace",
    isActive: (p) => p.region || p.postcode || p.locality,
    variants: [
      (r) => both(lastToken(r), place(r, 4)),
      (r) => both(lastToken(r), place(r, 6)),
      (r) => both(lastToken(r), place(r, 10)),
    ],
  },
  {
    name: "firstPlace",
    isActive: (p) => p.region || p.postcode || p.locality,
    variants: [
      (r) => both(firstToken(r), place(r, 4)),
      (r) => both(firstToken(r), place(r, 6)),
      (r) => both(firstToken(r), place(r, 10)),
    ],
  },
  {
    name: "dobPlace",
    isActive: (p) => p.birthDate,
    variants: [
      (r) => one(dob(r)),
      (r) => both(dob(r), place(r, 2)),
      (r) => both(dob(r), place(r, 4)),
      (r) => both(dob(r), place(r, 6)),
    ],
  },
  {
    name: "skeletonPlace",
    isActive: (p) => p.region || p.postcode || p.locality,
    variants: [
      (r) => both(skeleton(r), place(r, 4)),
      (r) => both(skeleton(r), place(r, 6)),
      (r) => both(skeleton(r), place(r, 10)),
    ],
  },
];
