// Reads for a business page: impact history, products, pivots, sources and the audit history.
import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type AuditTrailEvent, readAuditTrail } from "../../access";
import type { HistoryEvent } from "../contract";
import type { Impact, Pivot, Product, Source } from "../contract-business-page";
import { changedFields } from "../domain/changes";
import { impactAssessments, productionPivots, products, recordSources } from "../schema";

const iso = (d: Date): string => d.toISOString();

export function toImpact(r: typeof impactAssessments.$inferSelect): Impact {
  return {
    id: r.id,
    businessId: r.businessId,
    assessedOn: r.assessedOn,
    turnoverBefore: r.turnoverBefore,
    turnoverAfter: r.turnoverAfter,
    workersLaidOff: r.workersLaidOff,
    workersSentHome: r.workersSentHome,
    affected: r.affected,
    reasons: r.reasons,
    reasonNote: r.reasonNote,
    needs: r.needs,
    needsNote: r.needsNote,
    recordedBy: r.recordedBy,
    createdAt: iso(r.createdAt),
  };
}

export function toPivot(r: typeof productionPivots.$inferSelect): Pivot {
  return {
    id: r.id,
    businessId: r.businessId,
    before: r.before,
    after: r.after,
    since: r.since,
    share: r.share,
    note: r.note,
    createdAt: iso(r.createdAt),
  };
}

export function toProduct(r: typeof products.$inferSelect): Product {
  return {
    id: r.id,
    businessId: r.businessId,
    name: r.name,
    unit: r.unit,
    price: r.price,
    dailyCapacity: r.dailyCapacity,
    isPivot: r.isPivot,
    createdAt: iso(r.createdAt),
  };
}

export function toSource(r: typeof recordSources.$inferSelect): Source {
  return {
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    kind: r.kind,
    officeCode: r.officeCode,
    userName: r.userName,
    importBatchId: r.importBatchId,
    sheet: r.sheet,
    rowNumber: r.rowNumber,
    tag: r.tag,
    note: r.note,
    createdAt: iso(r.createdAt),
  };
}

export async function listImpacts(t: Tx, businessId: string): Promise<Impact[]> {
  const rows = await t
    .select()
    .from(impactAssessments)
    .where(eq(impactAssessments.businessId, businessId))
    .orderBy(desc(impactAssessments.assessedOn), desc(impactAssessments.id));
  return rows.map(toImpact);
}

export async function listPivots(t: Tx, businessId: string): Promise<Pivot[]> {
  const rows = await t
    .select()
    .from(productionPivots)
    .where(eq(productionPivots.businessId, businessId))
    .orderBy(asc(productionPivots.since));
  return rows.map(toPivot);
}

export async function listProducts(t: Tx, businessId: string): Promise<Product[]> {
  const rows = await t
    .select()
    .from(products)
    .where(eq(products.businessId, businessId))
    .orderBy(asc(products.id));
  return rows.map(toProduct);
}

export async function listSources(
  t: Tx,
  entities: { businessId: string; personId: string },
): Promise<Source[]> {
  const rows = await t
    .select()
    .from(recordSources)
    .where(
      or(
        and(eq(recordSources.entityType, "business"), eq(recordSources.entityId, entities.businessId)),
        and(eq(recordSources.entityType, "person"), inArray(recordSources.entityId, [entities.personId])),
      ),
    )
    .orderBy(asc(recordSources.createdAt), asc(recordSources.id));
  return rows.map(toSource);
}

export function toHistoryEvent(r: AuditTrailEvent): HistoryEvent {
  return {
    at: new Date(r.at).toISOString(),
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    before: r.before ?? undefined,
    after: r.after ?? undefined,
    changes: changedFields(r.before, r.after),
  };
}

/**
 * The audit trail of a business, its owner and its kendala (newest first). The audit log belongs to
 * the access module, which reads it by entity through its (entity_type, entity_id) index.
 */
export async function listHistory(
  t: Tx,
  ids: { businessId: string; personId: string; constraintIds: string[] },
): Promise<HistoryEvent[]> {
  const rows = await readAuditTrail(t, [
    { entityType: "business", ids: [ids.businessId] },
    { entityType: "person", ids: [ids.personId] },
    { entityType: "constraint", ids: ids.constraintIds },
  ]);
  return rows.map(toHistoryEvent);
}
