// Checks of what staff and field assistants type on the register's forms, built on the same NIK, KK,
// NIB, phone, date and RT/RW rules as the import. A form is stricter than a spreadsheet: anything it
// cannot read is an error the person typing can fix at once, except a NIK whose date or sex differs
// from the stated birth date or sex (Dukcapil does not reissue NIKs; both are kept).
import { parseNoKk } from "../../../../shared/kk";
import { parseNib } from "../../../../shared/nib";
import { fromIsoDate } from "./calendar";
import { cleanName, isMissingName } from "./names";
import { checkNik, type NikErrorCode, type Sex } from "./nik";
import { checkNikConsistency } from "./nik-consistency";
import { toE164Mobile } from "./phone";
import { normaliseRtRw } from "./small-fields";

export type FormErrorCode =
  | NikErrorCode
  | "NIK_EQUALS_KK"
  | "KK_INVALID"
  | "NIB_INVALID"
  | "PHONE_INVALID"
  | "DATE_INVALID"
  | "RT_RW_INVALID"
  | "NAME_MISSING"
  | "KBLI_VERSION_MISSING"
  | "REGION_UNKNOWN";

export type FormIssue = { readonly path: string; readonly code: FormErrorCode };

export type PersonFields = {
  nik?: string | undefined;
  noKk?: string | undefined;
  name?: string | undefined;
  sex?: Sex | undefined;
  birthDate?: string | undefined;
  phone?: string | undefined;
  rt?: string | undefined;
  rw?: string | undefined;
};

/** Normalised values: `undefined` = not given, `null` = given empty (clears the field). */
export type CleanPerson = {
  nik?: string;
  noKk?: string | null;
  name?: string;
  birthDate?: string | null;
  phone?: string | null;
  rt?: string | null;
  rw?: string | null;
};

const blank = (v: string | undefined): boolean => v !== undefined && v.trim() === "";

function optionalRtRw(
  value: string | undefined,
  path: string,
  issues: FormIssue[],
): string | null | undefined {
  if (value === undefined) return undefined;
  if (blank(value)) return null;
  const rt = normaliseRtRw(value);
  if (rt) return rt;
  issues.push({ path, code: "RT_RW_INVALID" });
  return undefined;
}

/** Checks the person fields that are present (a PATCH sends only some). */
export function checkPersonFields(
  input: PersonFields,
  prefix: string,
): { value: CleanPerson; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const value: CleanPerson = {};
  if (input.name !== undefined) {
    if (isMissingName(input.name)) issues.push({ path: `${prefix}name`, code: "NAME_MISSING" });
    else value.name = cleanName(input.name);
  }
  if (input.noKk !== undefined) {
    const kk = blank(input.noKk) ? null : parseNoKk(input.noKk);
    if (kk === null && !blank(input.noKk)) issues.push({ path: `${prefix}noKk`, code: "KK_INVALID" });
    else value.noKk = kk;
  }
  if (input.birthDate !== undefined) {
    if (blank(input.birthDate)) value.birthDate = null;
    else if (fromIsoDate(input.birthDate)) value.birthDate = input.birthDate;
    else issues.push({ path: `${prefix}birthDate`, code: "DATE_INVALID" });
  }
  if (input.nik !== undefined) {
    const nik = checkNik(input.nik);
    if (nik.kind === "invalid") issues.push({ path: `${prefix}nik`, code: nik.code });
    else {
      const birth = value.birthDate ? fromIsoDate(value.birthDate) : null;
      const codes = checkNikConsistency(nik, {
        noKk: value.noKk ?? null,
        birthDate: birth,
        sex: input.sex ?? null,
      });
      if (codes.includes("NIK_EQUALS_KK")) issues.push({ path: `${prefix}nik`, code: "NIK_EQUALS_KK" });
      else value.nik = nik.nik;
    }
  }
  if (input.phone !== undefined) {
    if (blank(input.phone)) value.phone = null;
    else {
      const e164 = toE164Mobile(input.phone);
      if (e164) value.phone = e164;
      else issues.push({ path: `${prefix}phone`, code: "PHONE_INVALID" });
    }
  }
  const rt = optionalRtRw(input.rt, `${prefix}rt`, issues);
  if (rt !== undefined) value.rt = rt;
  const rw = optionalRtRw(input.rw, `${prefix}rw`, issues);
  if (rw !== undefined) value.rw = rw;
  return { value, issues };
}

export type BusinessFields = {
  name?: string | undefined;
  nib?: string | undefined;
  kbliCode?: string | undefined;
  kbliVersion?: string | undefined;
  rt?: string | undefined;
  rw?: string | undefined;
};

export type CleanBusiness = { name?: string; nib?: string | null; rt?: string | null; rw?: string | null };

export function checkBusinessFields(
  input: BusinessFields,
  prefix: string,
): { value: CleanBusiness; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const value: CleanBusiness = {};
  if (input.name !== undefined) {
    if (isMissingName(input.name)) issues.push({ path: `${prefix}name`, code: "NAME_MISSING" });
    else value.name = cleanName(input.name);
  }
  if (input.nib !== undefined) {
    const nib = blank(input.nib) ? null : parseNib(input.nib);
    if (nib === null && !blank(input.nib)) issues.push({ path: `${prefix}nib`, code: "NIB_INVALID" });
    else value.nib = nib;
  }
  if (input.kbliCode !== undefined && input.kbliVersion === undefined) {
    issues.push({ path: `${prefix}kbliVersion`, code: "KBLI_VERSION_MISSING" });
  }
  const rt = optionalRtRw(input.rt, `${prefix}rt`, issues);
  if (rt !== undefined) value.rt = rt;
  const rw = optionalRtRw(input.rw, `${prefix}rw`, issues);
  if (rw !== undefined) value.rw = rw;
  return { value, issues };
}
