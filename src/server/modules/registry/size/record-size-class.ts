// The one write of a business's size class from outside the business form: sets the class on the
// business and keeps the change in the history (registry.size_class_changes). Other modules call it
// inside their own audited transaction (a training follow-up, the demo).
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import type { SizeClass } from "../domain/business-size";
import { sizeRuleOn } from "../domain/business-size";
import { businesses } from "../schema";
import { sizeClassChanges } from "../schema-size";

export type SizeClassChange = {
  businessId: string;
  sizeClass: SizeClass;
  /** The date the class refers to (YYYY-MM-DD). */
  asOf: string;
  /** What recorded it: "training_outcome", "demo", … ("form" is the business edit's own). */
  source: string;
  sourceId?: string | null;
  actorName: string;
  at: Date;
};

/** Appends one history row when the class changes (no row when it stays the same). */
export async function appendSizeClassChange(
  t: Tx,
  row: {
    businessId: string;
    regionCode: string;
    fromClass: SizeClass | null;
    toClass: SizeClass | null;
    changedOn: string;
    source: string;
    sourceId?: string | null;
    actorName: string;
    at: Date;
  },
): Promise<boolean> {
  if (row.fromClass === row.toClass) return false;
  await t.insert(sizeClassChanges).values({ id: newId(), ...row, sourceId: row.sourceId ?? null });
  return true;
}

/**
 * Sets the business's size class as observed on `asOf` and records the change. The business must be
 * visible under the caller's scope (the transaction's); returns the class before and after.
 */
export async function recordSizeClass(
  t: Tx,
  input: SizeClassChange,
): Promise<{ fromClass: SizeClass | null; toClass: SizeClass; changed: boolean }> {
  const [before] = await t
    .select({ regionCode: businesses.regionCode, sizeClass: businesses.sizeClass })
    .from(businesses)
    .where(eq(businesses.id, input.businessId))
    .for("update");
  if (!before) throw notFound();
  const fromClass = before.sizeClass ?? null;
  const changed = await appendSizeClassChange(t, {
    businessId: input.businessId,
    regionCode: before.regionCode,
    fromClass,
    toClass: input.sizeClass,
    changedOn: input.asOf,
    source: input.source,
    sourceId: input.sourceId ?? null,
    actorName: input.actorName,
    at: input.at,
  });
  if (changed)
    await t
      .update(businesses)
      .set({
        sizeClass: input.sizeClass,
        sizeRule: sizeRuleOn(input.asOf),
        sizeAsOf: input.asOf,
        updatedAt: input.at,
      })
      .where(eq(businesses.id, input.businessId));
  return { fromClass, toClass: input.sizeClass, changed };
}
