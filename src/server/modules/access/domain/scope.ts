/**
 * Region scopes are dotted Kemendagri code prefixes: "62" covers "62.71.01.1001".
 * "*" is the whole country (system jobs, public reads). Prefixes match whole segments only.
 */
export type Scope = string;

const CODE_RE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isRegionCode(value: string): boolean {
  return CODE_RE.test(value);
}

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
