// Scope = a dotted Kemendagri region code prefix ("62", "62.71"). These helpers compare codes by
// whole segments so "62.7" never counts as inside "62.71".

/** True when `code` is the scope region itself or lies below it. An empty scope covers everything. */
export function isWithinScope(code: string, scope: string): boolean {
  if (scope === "") return true;
  return code === scope || code.startsWith(`${scope}.`);
}

/** Keeps the part of an ancestor trail that is inside the scope (the scope root and below). */
export function trimToScope<T extends { code: string }>(trail: readonly T[], scope: string): T[] {
  return trail.filter((region) => isWithinScope(region.code, scope));
}
