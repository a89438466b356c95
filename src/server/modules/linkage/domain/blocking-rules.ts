// Blocking rules: each gives a record a few keys built from components; records sharing a key
// become candidates. A rule lists variants from coarse to fine; blocking picks the coarsest that
// fits the pair budget, so small files get generous blocks and a million records still grows
// about linearly.
import type { Component } from "./block-features";
import type { FieldPresence } from "./types";

/** One key: the components it combines. */
export type Combo = readonly Component[];

export type BlockingRule = {
  name: string;
  /** Short code used in stored key strings. */
  code: string;
  isActive(presence: FieldPresence): boolean;
  /** Coarse to fine; each variant gives a record one key per combo. */
  variants: ReadonlyArray<readonly Combo[]>;
  /** Variant whose keys a large register stores for duplicate hints. */
  storedVariant: number;
};

const hasPlace = (p: FieldPresence) => p.region || p.postcode || p.locality;

export const BLOCKING_RULES: readonly BlockingRule[] = [
  { name: "nationalId", code: "n", isActive: (p) => p.nationalId, variants: [[["nik15"]]], storedVariant: 0 },
  {
    name: "familyId",
    code: "k",
    isActive: (p) => p.familyId,
    // The NIK shares the key space: a family-card number typed as NIK meets its household.
    variants: [[["familyId"], ["nikDigits"]]],
    storedVariant: 0,
  },
  {
    name: "nationalIdHalves",
    code: "h",
    isActive: (p) => p.nationalId,
    // One mistyped or swapped digit spoils only one half of the number.
    variants: [
      [["nikHalfA"], ["nikHalfB"]],
      [
        ["nikHalfA", "place4"],
        ["nikHalfB", "place4"],
      ],
      [
        ["nikHalfA", "first"],
        ["nikHalfB", "first"],
      ],
    ],
    storedVariant: 2,
  },
  { name: "phone", code: "p", isActive: (p) => p.phone, variants: [[["phone"]]], storedVariant: 0 },
  {
    name: "nameDob",
    code: "a",
    isActive: (p) => p.birthDate,
    variants: [[["nameKey", "dob"]]],
    storedVariant: 0,
  },
  {
    name: "firstDob",
    code: "f",
    isActive: (p) => p.birthDate,
    variants: [[["first", "dob"]], [["first", "dob", "place2"]]],
    storedVariant: 0,
  },
  {
    name: "lastDob",
    code: "l",
    isActive: (p) => p.birthDate,
    variants: [[["last", "dob"]], [["last", "dob", "place2"]]],
    storedVariant: 0,
  },
  {
    name: "namePlace",
    code: "m",
    isActive: hasPlace,
    variants: [[["nameKey"]], [["nameKey", "place4"]], [["nameKey", "place6"]], [["nameKey", "place10"]]],
    storedVariant: 2,
  },
  {
    name: "lastPlace",
    code: "s",
    isActive: hasPlace,
    variants: [[["last", "place4"]], [["last", "place6"]], [["last", "place10"]]],
    storedVariant: 2,
  },
  {
    name: "firstPlace",
    code: "g",
    isActive: hasPlace,
    variants: [[["first", "place4"]], [["first", "place6"]], [["first", "place10"]]],
    storedVariant: 2,
  },
  {
    // The first three letters of a name survive most typos further in (ROLINS / ROLIJNS).
    name: "prefixPlace",
    code: "r",
    isActive: hasPlace,
    variants: [
      [
        ["firstPrefix", "place2"],
        ["lastPrefix", "place2"],
      ],
      [
        ["firstPrefix", "place4"],
        ["lastPrefix", "place4"],
      ],
      [
        ["firstPrefix", "place6"],
        ["lastPrefix", "place6"],
      ],
      [
        ["firstPrefix", "place10"],
        ["lastPrefix", "place10"],
      ],
    ],
    storedVariant: 3,
  },
  {
    // Lists with a locality next to a postcode (a mistyped postcode must not hide a pair).
    name: "nameLocality",
    code: "t",
    isActive: (p) => p.locality,
    variants: [
      [
        ["first", "locality"],
        ["last", "locality"],
      ],
    ],
    storedVariant: 0,
  },
  {
    name: "dobPlace",
    code: "d",
    isActive: (p) => p.birthDate,
    variants: [[["dob"]], [["dob", "place2"]], [["dob", "place4"]], [["dob", "place6"]]],
    storedVariant: 2,
  },
  {
    name: "skeletonPlace",
    code: "x",
    isActive: hasPlace,
    variants: [[["skeleton", "place4"]], [["skeleton", "place6"]], [["skeleton", "place10"]]],
    storedVariant: 1,
  },
];
