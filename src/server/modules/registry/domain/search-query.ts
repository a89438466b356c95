// What a register search box query means: a NIK (or its start), a phone number, or a name to match
// with typos. Pure, so the list verb and its tests agree on the reading.
import { nameKey } from "./names";
import { toE164Mobile } from "./phone";

export type SearchQuery =
  | { readonly kind: "nik"; readonly nik: string }
  | { readonly kind: "nik_prefix"; readonly prefix: string }
  | { readonly kind: "phone"; readonly e164: string }
  | { readonly kind: "name"; readonly key: string }
  | { readonly kind: "none" };

export function parseSearchQuery(q: string | undefined): SearchQuery {
  const text = (q ?? "").trim();
  if (text === "") return { kind: "none" };
  const compact = text.replace(/[\s.\-()/]/g, "");
  if (/^\+?\d+$/.test(compact)) {
    if (/^\d{16}$/.test(compact)) return { kind: "nik", nik: compact };
    const e164 = /^(\+?62|0)?8\d{8,11}$/.test(compact) ? toE164Mobile(compact) : null;
    if (e164) return { kind: "phone", e164 };
    if (/^\d{4,15}$/.test(compact)) return { kind: "nik_prefix", prefix: compact };
    return { kind: "none" };
  }
  const key = nameKey(text);
  return key.length >= 2 ? { kind: "name", key } : { kind: "none" };
}

/** The narrower of the caller's scope and the requested region, or null when they do not overlap. */
export function effectivePrefix(scope: string, region: string | undefined): string | null | "*" {
  if (!region) return scope;
  if (scope === "*") return region;
  if (region === scope || region.startsWith(`${scope}.`)) return region;
  if (scope.startsWith(`${region}.`)) return scope;
  return null;
}
