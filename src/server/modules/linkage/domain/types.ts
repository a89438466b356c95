// Core record types of the linkage engine.

import type { NameKeys } from "./name-keys";
import type { Sex } from "./name-normalise";
import type { NikInfo } from "./nik";

/** What a column of an input file means. Snake case because users write it in config files. */
export const FIELD_ROLES = [
  "id",
  "national_id",
  "family_id",
  "full_name",
  "given_name",
  "surname",
  "sex",
  "birth_place",
  "birth_date",
  "address",
  "street_number",
  "locality",
  "postcode",
  "state",
  "rt",
  "rw",
  "region_code",
  "phone",
  "business_name",
  "business_field",
  "source",
  "ignore",
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

/** One input record, fields already mapped to roles; absent fields are undefined or "". */
export type LinkRecord = {
  id: string;
  nationalId?: string;
  familyId?: string;
  fullName?: string;
  givenName?: string;
  surname?: string;
  sex?: string;
  birthPlace?: string;
  birthDate?: string;
  address?: string;
  streetNumber?: string;
  locality?: string;
  postcode?: string;
  state?: string;
  rt?: string;
  rw?: string;
  regionCode?: string;
  phone?: string;
  businessName?: string;
  businessField?: string;
  source?: string;
};

/** A record after normalisation: every comparator and blocking rule reads only this. */
export type Prepared = {
  id: string;
  /** Canonical name tokens (full name, or given name then surname). */
  name: string[];
  /** Sorted canonical name tokens joined by a space: the term-frequency value. */
  nameKey: string;
  /** The name's tokens and derived strings for the comparator. */
  nameKeys: NameKeys;
  patronym: string[];
  given: string;
  surname: string;
  sex: Sex | null;
  /** YYYYMMDD or 0. */
  birthDate: number;
  nik: NikInfo | null;
  familyId: string;
  phone: string;
  address: string[];
  streetNumber: string;
  locality: string;
  postcode: string;
  state: string;
  rt: string;
  rw: string;
  /** Region code digits without dots ("6271011001"). */
  region: string;
  birthPlace: string;
  business: string[];
  /**
   * Small-integer forms computed once: comparisons and blocking test these first and touch the
   * strings only for near-equal values (a million records' strings do not fit in any cache).
   */
  fast: FastFields;
  /** The sex was read from the NIK (dropped if the NIK turns out to be a family-card number). */
  sexFromNik?: boolean;
};

/** 30-bit hashes (0 = missing) and digit numbers; see Prepared.fast. */
export type FastFields = {
  name: number;
  patronym: number;
  nameSorted: number;
  nameConcat: number;
  first: number;
  last: number;
  /** First three letters of the first and last name (0 when shorter). */
  firstPrefix: number;
  lastPrefix: number;
  skeleton: number;
  /** NIK digits as two numbers (see digit-number.ts); nikLen 0 when missing. */
  nikHi: number;
  nikLo: number;
  nikLen: number;
  nikValid: boolean;
  kkHi: number;
  kkLo: number;
  kkLen: number;
  phoneHi: number;
  phoneLo: number;
  phoneLen: number;
  address: number;
  business: number;
  birthPlace: number;
  rt: number;
  rw: number;
  /** Digits in the region code (0 = no region code). */
  regionLen: number;
  /** Place hashes at depth 2/4/6/10: region code prefixes, else postcode, else locality. */
  place2: number;
  place4: number;
  place6: number;
  place10: number;
  /** Hash of the locality (suburb, village name) when a list has one. */
  locality: number;
  /** The name is a Chinese name in the old spelling (see chinese-names.ts). */
  chinese: boolean;
};

/** Which optional fields a data set carries; decides the active comparisons and blocking rules. */
export type FieldPresence = {
  fullName: boolean;
  splitName: boolean;
  birthDate: boolean;
  nationalId: boolean;
  familyId: boolean;
  sex: boolean;
  phone: boolean;
  address: boolean;
  rtRw: boolean;
  streetNumber: boolean;
  locality: boolean;
  postcode: boolean;
  state: boolean;
  region: boolean;
  birthPlace: boolean;
  business: boolean;
};

export type Progress = { stage: string; done: number; total: number };
export type ProgressFn = (progress: Progress) => void;
