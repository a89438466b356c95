// Turns raw records into Prepared records (all normalisation happens once, here).
import { normaliseAddress, normaliseRtRw } from "./address";
import { type DateOrder, parseDate } from "./date";
import { normaliseName, type Sex } from "./name-normalise";
import { nameKeys } from "./name-similarity";
import { cleanNik, type NikInfo, parseNik } from "./nik";
import { normalisePhone } from "./phone";
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

function value(raw: string | undefined): string {
  return raw === undefined || isBlank(raw) ? "" : raw;
}

function prepareNik(raw: string, familyId: string, year2: number): NikInfo | null {
  if (raw === "") return null;
  const info = parseNik(raw, year2);
  // The family-card number typed into the NIK field is not this person's NIK.
  if (info.digits === "" || (familyId !== "" && info.digits === familyId)) return null;
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
  const keys = nameKeys(main.tokens);
  const given = givenRaw === "" ? [] : normaliseName(givenRaw).tokens;
  const surname = surnameRaw === "" ? [] : normaliseName(surnameRaw).tokens;
  const nik = prepareNik(value(r.nationalId), familyId, year2);
  const addr = normaliseAddress(value(r.address));
  const rt = normaliseRtRw(value(r.rt)) || addr.rt;
  const rw = normaliseRtRw(value(r.rw)) || addr.rw;
  const sex = parseSex(r.sex) ?? main.sexHint ?? (nik?.isValid ? nik.sex : null);
  return {
    id: r.id,
    name: main.tokens,
    nameKey: keys.sorted,
    nameKeys: keys,
    patronym: main.patronym,
    given: given.join(" "),
    surname: surname.join(" "),
    sex,
    birthDate: parseDate(value(r.birthDate), options.dateOrder ?? "auto"),
    nik,
    familyId,
    phone: normalisePhone(value(r.phone)),
    address: addr.tokens,
    streetNumber: tokens(value(r.streetNumber)).join(""),
    locality: tokens(value(r.locality)).join(" "),
    postcode: digitsOnly(value(r.postcode)) || tokens(value(r.postcode)).join(""),
    state: tokens(value(r.state)).join(" "),
    rt,
    rw,
    region: digitsOnly(value(r.regionCode)),
    birthPlace: tokens(value(r.birthPlace))
      .filter((t) => t !== "KAB" && t !== "KABUPATEN" && t !== "KOTA")
      .join(" "),
    business: tokens(value(r.businessName)),
  };
}

/** Which fields a set of records carries (a field counts when at least 1% of records have it). */
export function detectPresence(records: readonly LinkRecord[]): FieldPresence {
  const n = Math.max(1, records.length);
  const step = Math.max(1, Math.floor(records.length / 20000));
  const counts = new Map<keyof LinkRecord, number>();
  let sampled = 0;
  for (let i = 0; i < records.length; i += step) {
    sampled++;
    const r = records[i];
    if (!r) continue;
    for (const [k, v] of Object.entries(r) as Array<[keyof LinkRecord, string | undefined]>) {
      if (v !== undefined && v !== "") counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const has = (k: keyof LinkRecord): boolean => (counts.get(k) ?? 0) >= Math.max(1, sampled * 0.01);
  void n;
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
}
