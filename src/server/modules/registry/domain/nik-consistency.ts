// Cross-checks of a structurally valid NIK with the rest of the row. Date and sex mismatches are
// warnings only: Dukcapil does not reissue a NIK when a birth date is corrected.

import type { CalendarDate } from "../../../../shared/calendar";
import { type NikInfo, type Sex, sameNikBirthDate } from "../../../../shared/nik";

export { sameNikBirthDate } from "../../../../shared/nik";

export type NikRowFacts = {
  readonly noKk?: string | null;
  readonly birthDate?: CalendarDate | null;
  readonly sex?: Sex | null;
};

export type NikConsistencyCode = "NIK_EQUALS_KK" | "NIK_DOB_MISMATCH" | "NIK_SEX_MISMATCH";

export function checkNikConsistency(nik: NikInfo, facts: NikRowFacts): NikConsistencyCode[] {
  const codes: NikConsistencyCode[] = [];
  if (facts.noKk && facts.noKk === nik.nik) codes.push("NIK_EQUALS_KK");
  if (facts.birthDate && !sameNikBirthDate(nik.birthDate, facts.birthDate)) codes.push("NIK_DOB_MISMATCH");
  if (facts.sex && facts.sex !== nik.sex) codes.push("NIK_SEX_MISMATCH");
  return codes;
}
