/**
 * Region scopes are dotted Kemendagri code prefixes: "62" covers "62.71.01.1001".
 * "*" is the whole country (system jobs, public reads). Prefixes match whole segments only.
 */
export type Scope = string;

import { isRegionCode } from "../../../../shared/region-code";

export { isRegionCode };

export function isValidScope(value: string): boolean {
  return value === "*" || isRegionCode(value);
}

/** Whether `code` lies inside `scope`. */
export function inScope(scope: Scope, code: string | null | undefined): boolean {
  if (scope === "*") return true;
  if (!code) return false;
  return code === scope || code.startsWith(`${scope}.`);
}

/** Whether scope `inner` is equal to or narrower than `outer`. */
export function scopeWithin(outer: Scope, inner: Scope): boolean {
  if (outer === "*") return true;
  if (inner === "*") return false;
  return inScope(outer, inner);
}
