// A problem found in a typed field: an i18n key under `registry.check` and its values. Errors
// block saving; warnings are shown but the record may still be saved (the office checks later).
import type { MessageKey, Messages } from "../../../i18n";

export type CheckKey = MessageKey<keyof Messages["registry"]["check"]>;

export type Problem = {
  key: CheckKey;
  level: "error" | "warning";
  values?: Record<string, string | number>;
};

export const error = (key: CheckKey, values?: Problem["values"]): Problem => ({
  key,
  level: "error",
  values,
});
export const warning = (key: CheckKey, values?: Problem["values"]): Problem => ({
  key,
  level: "warning",
  values,
});

/** Problems per field path ("owner.nik", "business.name", …). */
export type Problems = Record<string, Problem>;

export function hasErrors(problems: Problems): boolean {
  return Object.values(problems).some((problem) => problem.level === "error");
}
