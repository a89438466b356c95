// Dry-run rows found in the register, committed as "update": the existing owner's and business's
// empty fields are filled from the row (nothing already stored is overwritten), a new kendala text
// becomes an open kendala, and each changed business gets one audit event listing the changes.
// A row that changes nothing (a register export imported again) leaves no trace. Set-based per
// page: the records are read in one query per table, the rows applied in file order in memory (a
// second row for the same record sees the first one's changes), and the changes written in one
// statement per table.
import { sql } from "drizzle-orm";
import { insertRows, patchRows } from "../../../../platform/db/bulk-insert";
import type { Tx } from "../../../../platform/db/pool";
import { newId } from "../../../../platform/ids";
import { type AuditInput, type Ctx, recordAudits } from "../../../access";
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
type Person = typeof persons.$inferSelect;
type Business = typeof businesses.$inferSelect;

export type UpdateItem = { row: ImportedRow; personId: string; businessId: string };

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

/** The page's records as they stand, and the writes its rows add up to. */
type Page = {
  persons: Map<string, Person>;
  businesses: Map<string, Business>;
  kendala: Set<string>;
  impact: Set<string>;
  personPatches: Patch[];
  businessPatches: Patch[];
  newKendala: NonNullable<ReturnType<typeof constraintRow>>[];
  newImpacts: NonNullable<ReturnType<typeof impactRow>>[];
  audits: AuditInput[];
};

const kendalaKey = (businessId: string, text: string) => `${businessId}\u0000${text}`;

async function loadPage(t: Tx, items: readonly UpdateItem[]): Promise<Page> {
  const personIds = sql.param([...new Set(items.map((i) => i.personId))]);
  const businessIds = sql.param([...new Set(items.map((i) => i.businessId))]);
  const [ps, bs, ks, is] = [
    await t.select().from(persons).where(sql`${persons.id} = any(${personIds}::uuid[])`),
    await t.select().from(businesses).where(sql`${businesses.id} = any(${businessIds}::uuid[])`),
    await t
      .select({ businessId: constraints.businessId, description: constraints.description })
      .from(constraints)
      .where(sql`${constraints.businessId} = any(${businessIds}::uuid[])`),
    await t
      .selectDistinct({ businessId: impactAssessments.businessId })
      .from(impactAssessments)
      .where(sql`${impactAssessments.businessId} = any(${businessIds}::uuid[])`),
  ];
  return {
    persons: new Map(ps.map((p) => [p.id, p])),
    businesses: new Map(bs.map((b) => [b.id, b])),
    kendala: new Set(ks.map((k) => kendalaKey(k.businessId, k.description))),
    impact: new Set(is.map((i) => i.businessId)),
    personPatches: [],
    businessPatches: [],
    newKendala: [],
    newImpacts: [],
    audits: [],
  };
}

/** Applies one row to the page's records in memory; returns whether anything changed. */
function applyRow(page: Page, item: UpdateItem, c: RowContext): boolean {
  const person = page.persons.get(item.personId);
  const business = page.businesses.get(item.businessId);
  if (!person || !business) return false;
  const r = item.row;
  const ids = fresh(business.id, person.id);
  const at = { ...c, regionCode: business.regionCode };
  const p = emptyFilled(person, personRow(r, person.id, c), PERSON_FIELDS);
  const b = emptyFilled(business, businessRow(r, ids, c), BUSINESS_FIELDS);
  const changes: Patch = {};
  if (Object.keys(p.patch).length > 0) {
    Object.assign(person, p.patch);
    // The changed owner's match keys in the same transaction.
    const keys = ownerMatcher()?.matchKeys(person);
    if (keys) person.matchKeys = keys;
    page.personPatches.push({
      id: person.id,
      ...p.patch,
      ...(keys ? { matchKeys: keys } : {}),
      updatedAt: c.now,
    });
    changes.owner = { before: p.before, after: p.patch };
  }
  const kendala = constraintRow(r, business.id, ids.constraintId, at);
  if (kendala && !page.kendala.has(kendalaKey(business.id, kendala.description))) {
    page.kendala.add(kendalaKey(business.id, kendala.description));
    page.newKendala.push({ ...kendala, regionCode: business.regionCode });
    b.patch.openConstraints = business.openConstraints + 1;
    changes.kendala = kendala.description;
  }
  if (Object.keys(b.patch).length > 0) {
    Object.assign(business, b.patch);
    page.businessPatches.push({ id: business.id, ...b.patch, updatedAt: c.now });
    changes.business = { before: b.before, after: b.patch };
  }
  const impact = page.impact.has(business.id) ? null : impactRow(r, ids, at);
  if (impact) {
    page.impact.add(business.id);
    page.newImpacts.push({ ...impact, regionCode: business.regionCode });
    changes.impact = { turnoverBefore: impact.turnoverBefore, turnoverAfter: impact.turnoverAfter };
  }
  if (Object.keys(changes).length === 0) return false;
  page.audits.push({
    action: "registry.import-update",
    entityType: "business",
    entityId: business.id,
    entityRegion: business.regionCode,
    after: { batchId: c.batchId, sheet: r.sheet, row: r.rowNumber, ...changes },
  });
  return true;
}

/** Applies the page's update rows to their records; returns how many rows changed something. */
export async function updateFromRows(
  t: Tx,
  ctx: Ctx,
  items: readonly UpdateItem[],
  c: RowContext,
): Promise<{ updated: number; unchanged: number }> {
  if (items.length === 0) return { updated: 0, unchanged: 0 };
  const page = await loadPage(t, items);
  const updated = items.filter((item) => applyRow(page, item, c)).length;
  await patchRows(t, persons, page.personPatches);
  await insertRows(t, constraints, page.newKendala);
  await patchRows(t, businesses, page.businessPatches);
  await insertRows(t, impactAssessments, page.newImpacts);
  await recordAudits(t, ctx, page.audits);
  return { updated, unchanged: items.length - updated };
}
