// Column mappings an office confirmed, remembered by region and header signature, and re-applied
// (label → role) to the next file the office uploads.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { newId } from "../../../../platform/ids";
import { importMappings } from "../../schema-import";
import { type ColumnRole, type DetectedHeader, labelKey, rememberRoles } from "..";

export type LabelRoles = Record<string, ColumnRole | null>;

/** Sorted label keys of a header: the same layout from the same office gives the same signature. */
export function headerSignature(header: DetectedHeader): string {
  return header.columns
    .map((c) => labelKey(c.label))
    .filter((k) => k !== "")
    .sort()
    .join("|");
}

/** Every label → role the office confirmed, newest mapping winning. */
export async function loadLabelRoles(t: Tx, regionCode: string): Promise<LabelRoles> {
  const rows = await t
    .select({ labelRoles: importMappings.labelRoles })
    .from(importMappings)
    .where(eq(importMappings.regionCode, regionCode))
    .orderBy(importMappings.updatedAt);
  const out: LabelRoles = {};
  for (const r of rows) Object.assign(out, r.labelRoles as LabelRoles);
  return out;
}

/** Stores the confirmed mapping of each analysed sheet (upsert by region + signature). */
export async function rememberMappings(
  t: Tx,
  regionCode: string,
  headers: readonly DetectedHeader[],
  now: Date,
): Promise<void> {
  for (const header of headers) {
    const signature = headerSignature(header);
    if (signature === "") continue;
    const labelRoles = rememberRoles(header.columns);
    await t
      .insert(importMappings)
      .values({ id: newId(), regionCode, signature, labelRoles, updatedAt: now })
      .onConflictDoUpdate({
        target: [importMappings.regionCode, importMappings.signature],
        set: { labelRoles: sql`excluded.label_roles`, updatedAt: now },
      });
  }
}
