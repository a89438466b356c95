// Turns raw records into Prepared records (all normalisation happens once, here).

import { phoneForMatching } from "../../../../shared/phone";
import { normaliseAddress, normaliseRtRw } from "./address";
import { compareDates, type DateOrder, knownBirthDate, parseDate } from "./date";
import { computeFast, NO_FAST } from "./fast-fields";
import { memoise } from "./memo";
import { normaliseName, type Sex } from "./name-normalise";
import { cleanNik, type NikInfo, nikEditDistance, parseNik } from "./nik";
import { digitsOnly, isBlank, tokens } from "./text";
import type { FieldPresence, LinkRecord, Prepared } from "./types";

export type PrepareOptions = { dateOrder?: DateOrder; currentYear2?: number };

function parseSex(raw: string | undefined): Sex | null {
  if (raw === undefined) return null;
  const v = raw.trim().toUpperCase();
  if (v === "") return null;
  if (/^(L|M|LK|LAKI|LAKI-LAKI|LAKI LAKI|PRIA|MALE|1)$/.test(v)) return "L";
  if (/^(P|F|W|PR|PEREMPUAN|WANITA|FEMALE|2)$/.test(v)) return "P";
  return null;
}

const placeName = memoise((raw: string): string =>
  tokens(raw)
    .filter((t) => t !== "KAB" && t !== "KABUPATEN" && t !== "KOTA")
    .join(" "),
);

const businessTokens = memoise(tokens, 100_000);

function value(raw: string | undefined): string {
  return raw === undefined || isBlank(raw) ? "" : raw;
}

/**
 * A NIK as entered, or null when the field holds no NIK: empty, a placeholder ("0", "-",
 * "0000000000000000"), or the record's own family-card number.
 */
function prepareNik(raw: string, familyId: string, year2: number, birthDate: number): NikInfo | null {
  if (raw === "") return null;
  const info = parseNik(raw, year2);
  if (info.digits.length < 6 || /^(\d)\1+$/.test(info.digits)) return null;
  // The family-card number typed (or mistyped) into the NIK field is not this person's NIK.
  if (familyId !== "" && nikEditDistance(info.digits, familyId) <= 2) return null;
  // Digits 7-12 that are not the stated birth date (not even with one slip) are most often a
  // family card's issue date: such a "NIK" may agree with another record but never disagrees.
  if (info.isValid && birthDate !== 0 && compareDates(info.birthDate, birthDate) === "different") {
    info.suspect = true;
  }
  return info;
}

/** Normalises one record. */
export function prepareRecord(r: LinkRecord, options: PrepareOptions = {}): Prepared {
  const year2 = options.currentYear2 ?? 26;
  const familyId = digitsOnly(cleanNik(value(r.familyId)));
  const full = value(r.fullName);
  const givenRaw = value(r.givenName);
  const surnameRaw = value(r.surname);
  const main = normaliseName(full !== "" ? full : `${givenRaw} ${surnameRaw}`);
  const keys = main.keys;
  const given = givenRaw === "" ? [] : normaliseName(givenRaw).tokens;
  const surname = surnameRaw === "" ? [] : normaliseName(surnameRaw).tokens;
  const birthDate = knownBirthDate(parseDate(value(r.birthDate), options.dateOrder ?? "auto"));
  const nik = prepareNik(value(r.nationalId), familyId, year2, birthDate);
  const addr = normaliseAddress(value(r.address));
  const rt = normaliseRtRw(value(r.rt)) || addr.rt;
  const rw = normaliseRtRw(value(r.rw)) || addr.rw;
  const stated = parseSex(r.sex) ?? main.sexHint;
  // The sex in a NIK (day + 40) is read only when its birth date is the record's: a slip in the
  // day digits would otherwise turn a man into a woman.
  const sexFromNik =
    stated === null &&
    nik !== null &&
    nik.isValid &&
    nik.suspect !== true &&
    (birthDate === 0 || nik.birthDate === birthDate);
  const sex = stated ?? (sexFromNik ? nik.sex : null);
  const p: Prepared = {
    id: r.id,
    name: main.tokens,
    nameKey: keys.sorted,
    nameKeys: keys,
    patronym: main.patronym,
    given: given.join(" "),
    surname: surname.join(" "),
    sex,
    birthDate,
    nik,
    familyId,
    phone: phoneForMatching(value(r.phone)),
    address: addr.tokens,
    streetNumber: tokens(value(r.streetNumber)).join(""),
    locality: tokens(value(r.locality)).join(" "),
    postcode: digitsOnly(value(r.postcode)) || tokens(value(r.postcode)).join(""),
    state: tokens(value(r.state)).join(" "),
    rt,
    rw,
    region: digitsOnly(value(r.regionCode)),
    birthPlace: placeName(value(r.birthPlace)),
    business: businessTokens(value(r.businessName)),
    fast: NO_FAST,
    sexFromNik,
  };
  // Assigned after the fact (same object shape): no second copy of the record is made.
  p.fast = computeFast(p);
  return p;
}

const PRESENCE_KEYS = [
  "fullName",
  "givenName",
  "surname",
  "birthDate",
  "nationalId",
  "familyId",
  "sex",
  "phone",
  "address",
  "rt",
  "rw",
  "streetNumber",
  "locality",
  "postcode",
  "state",
  "regionCode",
  "birthPlace",
  "businessName",
] as const satisfies ReadonlyArray<keyof LinkRecord>;

/** Counts which fields records carry, one record at a time (for streamed input). */
export function createPresenceCounter(): { add(r: LinkRecord): void; result(): FieldPresence } {
  const counts = new Array<number>(PRESENCE_KEYS.length).fill(0);
  let n = 0;
  return {
    add(r) {
      n++;
      for (let k = 0; k < PRESENCE_KEYS.length; k++) {
        const v = r[PRESENCE_KEYS[k] as keyof LinkRecord];
        if (v !== undefined && v !== "") counts[k] = (counts[k] ?? 0) + 1;
      }
    },
    result() {
      // A field counts when at least 1% of the records have it.
      const has = (key: (typeof PRESENCE_KEYS)[number]) =>
        (counts[PRESENCE_KEYS.indexOf(key)] ?? 0) >= Math.max(1, n * 0.01);
      return {
        fullName: has("fullName"),
        splitName: has("givenName") || has("surname"),
        birthDate: has("birthDate"),
        nationalId: has("nationalId"),
        familyId: has("familyId"),
        sex: has("sex") || has("nationalId"),
        phone: has("phone"),
        address: has("address"),
        rtRw: has("rt") || has("rw"),
        streetNumber: has("streetNumber"),
        locality: has("locality"),
        postcode: has("postcode"),
        state: has("state"),
        region: has("regionCode"),
        birthPlace: has("birthPlace"),
        business: has("businessName"),
      };
    },
  };
}

/** Which fields a set of records carries. */
export function detectPresence(records: readonly LinkRecord[]): FieldPresence {
  const counter = createPresenceCounter();
  for (const r of records) counter.add(r);
  return counter.result();
}
