import type { Database } from "../../platform/db/pool";
import { notFound } from "../../platform/errors";
import type { RegionLevel } from "./domain/normalize";
import { countChildren, findMany, findRegion, listChildren, type Region, searchRegions } from "./repository";

/** Ancestor codes of a dotted code, top first: 62.71.01 → [62, 62.71]. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split(".");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("."));
}

export async function getRegion(
  db: Database,
  code: string,
): Promise<Region & { ancestors: Region[]; childCount: number }> {
  const region = await findRegion(db.db, code);
  if (!region) throw notFound({ id: `Wilayah ${code} tidak ditemukan.`, en: `Region ${code} not found.` });
  const [ancestors, childCount] = await Promise.all([
    findMany(db.db, ancestorCodes(code)),
    countChildren(db.db, code),
  ]);
  return { ...region, ancestors, childCount };
}

export async function listRegions(db: Database, parent: string | undefined): Promise<Region[]> {
  if (parent && !(await findRegion(db.db, parent))) {
    throw notFound({ id: `Wilayah ${parent} tidak ditemukan.`, en: `Region ${parent} not found.` });
  }
  return listChildren(db.db, parent ?? null);
}

export function findRegions(
  db: Database,
  q: { q: string; limit: number; within?: string | undefined; level?: RegionLevel | undefined },
) {
  return searchRegions(db.db, q);
}
