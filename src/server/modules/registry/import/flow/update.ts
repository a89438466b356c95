// A dry-run row found in the register, committed as "update": the existing owner's and business's
// empty fields are filled from the row (nothing already stored is overwritten), a new kendala text
// becomes an open kendala, and each changed business gets one audit event listing the changes.
// A row that changes nothing (a register export imported again) leaves no trace.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { newId } from "../../../../platform/ids";
import { type Ctx, recordAudit } from "../../../access";
import { ownerMatcher } from "../../duplicates/owner-matching";
import { businesses, constraints, impactAssessments, persons } from "../../schema";
import {
  businessRow,
  constraintRow,
  type ImportedRow,
  impactRow,
  personRow,
  type RowContext,
  type RowIds,
} from "./values";

const PERSON_FIELDS = [
  "noKk",
  "sex",
  "birthPlace",
  "birthDate",
  "phone",
  "street",
  "rt",
  "rw",
  "villageCode",
] as const;
const BUSINESS_FIELDS = ["nib", "employees", "products", "street", "rt", "rw", "affected"] as const;

type Patch = Record<string, unknown>;

function emptyFilled<T extends Record<string, unknown>>(
  current: T,
  incoming: Record<string, unknown>,
  fields: readonly (keyof T & string)[],
): { patch: Patch; before: Patch } {
  const patch: Patch = {};
  const before: Patch = {};
  for (const f of fields) {
    const now = current[f];
    const next = incoming[f];
    if ((now === null || now === "") && next !== null && next !== undefined && next !== "") {
      patch[f] = next;
      before[f] = now;
    }
  }
  return { patch, before };
}

const fresh = (businessId: string, personId: string): RowIds => ({
  personId,
  businessId,
  impactId: newId(),
  constraintId: newId(),
  sourceIds: [newId(), newId()],
});

/** Applies one row to the existing record; returns whether anything changed. */
export async function updateFromRow(
  t: Tx,
  ctx: Ctx,
  r: ImportedRow,
  target: { personId: string; businessId: string },
  c: RowContext,
): Promise<boolean> {
  const [person] = await t.select().from(persons).where(eq(persons.id, target.personId));
  const [business] = await t.select().from(businesses).where(eq(businesses.id, target.businessId));
  if (!person || !business) return false;
  const ids = fresh(business.id, person.id);
  const p = emptyFilled(person, personRow(r, person.id, c), PERSON_FIELDS);
  const b = emptyFilled(business, businessRow(r, ids, c), BUSINESS_FIELDS);
  const changes: Patch = {};
  if (Object.keys(p.patch).length > 0) {
    // The changed owner's match keys in the same transaction.
    const keys = ownerMatcher()?.matchKeys({ ...person, ...p.patch });
    await t
      .update(persons)
      .set({ ...p.patch, ...(keys ? { matchKeys: keys } : {}), updatedAt: c.now })
      .where(eq(persons.id, person.id));
    changes.owner = { before: p.before, after: p.patch };
  }
  const kendala = constraintRow(r, business.id, ids.constraintId, { ...c, regionCode: business.regionCode });
  const known = kendala
    ? await t
        .select({ id: constraints.id })
        .from(constraints)
        .where(and(eq(constraints.businessId, business.id), eq(constraints.description, kendala.description)))
    : [];
  const addKendala = kendala !== null && known.length === 0;
  if (addKendala) {
    await t.insert(constraints).values({ ...kendala, regionCode: business.regionCode });
    b.patch.openConstraints = business.openConstraints + 1;
    changes.kendala = kendala.description;
  }
  if (Object.keys(b.patch).length > 0) {
    await t
      .update(businesses)
      .set({ ...b.patch, updatedAt: c.now })
      .where(eq(businesses.id, business.id));
    changes.business = { before: b.before, after: b.patch };
  }
  const hasImpact = await t
    .select({ id: impactAssessments.id })
    .from(impactAssessments)
    .where(eq(impactAssessments.businessId, business.id))
    .limit(1);
  const impact = hasImpact.length === 0 ? impactRow(r, ids, { ...c, regionCode: business.regionCode }) : null;
  if (impact) {
    await t.insert(impactAssessments).values({ ...impact, regionCode: business.regionCode });
    changes.impact = { turnoverBefore: impact.turnoverBefore, turnoverAfter: impact.turnoverAfter };
  }
  if (Object.keys(changes).length === 0) return false;
  await recordAudit(t, ctx, {
    action: "registry.import-update",
    entityType: "business",
    entityId: business.id,
    entityRegion: business.regionCode,
    after: { batchId: c.batchId, sheet: r.sheet, row: r.rowNumber, ...changes },
  });
  return true;
}
