// Checks of the owner's fields with the register's own pure rules (the same code the server and
// the spreadsheet import use), explained in words a field assistant understands.

import { type CalendarDate, toIsoDate } from "../../../../shared/calendar";
import { parseDateText } from "../../../../shared/date-text";
import { cleanIdentityText } from "../../../../shared/identity-text";
import { parseNoKk } from "../../../../shared/kk";
import { checkNik, type NikErrorCode, type NikInfo, sameNikBirthDate } from "../../../../shared/nik";
import { toE164Mobile } from "../../../../shared/phone";
import { normaliseRtRw } from "../../../../shared/rt-rw";
import type { OwnerDraft } from "./field-draft";
import { type CheckKey, error, type Problem, type Problems, warning } from "./problems";

const nikKeys: Record<NikErrorCode, CheckKey> = {
  NIK_MISSING: "nikRequired",
  NIK_CHARS: "nikChars",
  NIK_LENGTH: "nikLength",
  NIK_PROVINCE: "nikProvince",
  NIK_DATE: "nikDate",
  NIK_SERIAL: "nikSerial",
};

export type NikReading =
  | { kind: "empty" }
  /** Still typing: only digits so far and fewer than 16. */
  | { kind: "partial"; digits: number }
  | { kind: "valid"; info: NikInfo }
  | { kind: "invalid"; problem: Problem };

/** Entry forms need the deepest region level: a village code has four segments (62.71.01.1001). */
export const isVillage = (code: string | null): boolean => code !== null && code.split(".").length === 4;

/** Reads the NIK as it is being typed; `final` (on save) turns "still typing" into an error. */
export function readNik(value: string, final = false): NikReading {
  const compact = cleanIdentityText(value);
  if (compact === "") return final ? { kind: "invalid", problem: error("nikRequired") } : { kind: "empty" };
  if (!final && /^\d{1,15}$/.test(compact)) return { kind: "partial", digits: compact.length };
  const check = checkNik(compact);
  if (check.kind === "valid") return { kind: "valid", info: check };
  return { kind: "invalid", problem: error(nikKeys[check.code], { count: compact.length }) };
}

export function formatCalendarDate(date: CalendarDate): string {
  return `${String(date.day).padStart(2, "0")}-${String(date.month).padStart(2, "0")}-${date.year}`;
}

/** The typed birth date as a calendar date, or a problem. */
export function readBirthDate(value: string, today: string): CalendarDate | Problem | null {
  if (value.trim() === "") return null;
  const parsed = parseDateText(value);
  if (parsed.kind !== "valid") return error("birthDateInvalid");
  if (toIsoDate(parsed.date) > today) return error("birthDateFuture");
  return parsed.date;
}

const isProblem = (value: CalendarDate | Problem | null): value is Problem =>
  value !== null && "key" in value;

function nikAgainstFacts(info: NikInfo, owner: OwnerDraft, birth: CalendarDate | null): Problems {
  const problems: Problems = {};
  if (birth && !sameNikBirthDate(info.birthDate, birth)) {
    problems["owner.birthDate"] = warning("nikDobMismatch", { date: formatCalendarDate(info.birthDate) });
  }
  if (owner.sex !== "" && owner.sex !== info.sex) {
    problems["owner.sex"] = warning(info.sex === "P" ? "nikSaysFemale" : "nikSaysMale");
  }
  return problems;
}

export function checkOwner(owner: OwnerDraft, options: { today: string; final: boolean }): Problems {
  const problems: Problems = {};
  const nik = readNik(owner.nik, options.final);
  if (nik.kind === "invalid") problems["owner.nik"] = nik.problem;
  const birth = readBirthDate(owner.birthDate, options.today);
  if (isProblem(birth)) problems["owner.birthDate"] = birth;
  if (nik.kind === "valid")
    Object.assign(problems, nikAgainstFacts(nik.info, owner, isProblem(birth) ? null : birth));

  const kk = owner.noKk.trim() === "" ? null : parseNoKk(owner.noKk);
  if (owner.noKk.trim() !== "" && kk === null) problems["owner.noKk"] = error("kkInvalid");
  else if (kk !== null && nik.kind === "valid" && kk === nik.info.nik) {
    problems["owner.noKk"] = error("kkEqualsNik");
  }
  if (owner.phone.trim() !== "" && !toE164Mobile(owner.phone))
    problems["owner.phone"] = error("phoneInvalid");
  if (owner.rt.trim() !== "" && !normaliseRtRw(owner.rt)) problems["owner.rt"] = error("rtRwInvalid");
  if (owner.rw.trim() !== "" && !normaliseRtRw(owner.rw)) problems["owner.rw"] = error("rtRwInvalid");
  if (options.final) {
    if (owner.name.trim() === "") problems["owner.name"] = error("required");
    if (owner.sex === "") problems["owner.sex"] ??= error("required");
    if (!isVillage(owner.villageCode)) problems["owner.villageCode"] = error("villageRequired");
  }
  return problems;
}
