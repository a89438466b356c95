// Typed i18n keys for values the contract carries as plain strings (sector, source kind, status).
import type { Sector, SourceKind } from "../../../../shared/registry-vocab";

type BusinessStatus = "active" | "merged" | "inactive";

export const sectorKey = (v: string) => `registry.sectors.${v as Sector}` as const;
export const sourceKey = (v: string) => `registry.sources.${v as SourceKind}` as const;
export const statusKey = (v: string) => `registry.statuses.${v as BusinessStatus}` as const;
export const sexKey = (v: string) => `registry.sex.${v as "L" | "P"}` as const;
