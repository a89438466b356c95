// Register rows and engine explanations → the contract's shapes (NIK/KK masked).

import { maskIdentity } from "../../../../shared/mask";
import type { LinkSourceRow, RecordSourceRow } from "../../registry";
import type { Contribution, Merge, RecordView, ReviewItem, SourceView } from "../contract";
import type { PairExplanation } from "../domain/explain";
import type { MergeRow, PairRow } from "../repository";

export function toSourceView(s: RecordSourceRow): SourceView {
  return {
    kind: s.kind,
    userName: s.userName,
    officeCode: s.officeCode,
    sheet: s.sheet,
    rowNumber: s.rowNumber,
    note: s.note,
    createdAt: s.createdAt.toISOString(),
  };
}

/** Sources grouped by the business they describe (the owner's sources count for each business). */
export function groupSources(
  rows: readonly LinkSourceRow[],
  sources: readonly RecordSourceRow[],
): Map<string, SourceView[]> {
  const out = new Map<string, SourceView[]>();
  for (const r of rows) {
    const mine = sources.filter(
      (s) =>
        (s.entityType === "business" && s.entityId === r.businessId) ||
        (s.entityType === "person" && s.entityId === r.personId),
    );
    out.set(r.businessId, mine.map(toSourceView));
  }
  return out;
}

export function toRecordView(r: LinkSourceRow, sources: readonly SourceView[]): RecordView {
  return {
    businessId: r.businessId,
    personId: r.personId,
    businessName: r.businessName,
    sector: r.sector,
    status: r.status,
    entityId: r.entityId,
    regionCode: r.regionCode,
    ownerName: r.name,
    nikMasked: maskIdentity(r.nik),
    noKkMasked: maskIdentity(r.noKk),
    sex: r.sex,
    birthPlace: r.birthPlace,
    birthDate: r.birthDate,
    phone: r.phone,
    address: r.businessStreet ?? r.personStreet,
    rt: r.rt,
    rw: r.rw,
    sourceKind: r.sourceKind,
    createdAt: r.createdAt.toISOString(),
    sources: [...sources],
  };
}

/** Per-field weights of an explanation (level weight plus term-frequency adjustment). */
export function toContributions(e: Pick<PairExplanation, "contributions">): Contribution[] {
  return e.contributions.map((c) => ({
    field: c.comparison,
    level: c.level,
    weight: round(c.weight + c.tfAdjustment),
  }));
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

type StoredExplanation = { contributions?: Contribution[]; nikConflict?: boolean };

export function toReviewItem(p: PairRow, views: ReadonlyMap<string, RecordView>): ReviewItem {
  const e = (p.explanation ?? {}) as StoredExplanation;
  return {
    id: p.id,
    runId: p.runId,
    regionCode: p.regionCode,
    decision: p.decision,
    probability: p.probability,
    weight: p.weight,
    note: p.note,
    status: p.status,
    contributions: e.contributions ?? [],
    nikConflict: e.nikConflict ?? false,
    a: views.get(p.recordA) ?? null,
    b: views.get(p.recordB) ?? null,
    decidedByName: p.decidedByName,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    mergeId: p.mergeId,
  };
}

export function toMerge(m: MergeRow, names: ReadonlyMap<string, string>): Merge {
  return {
    id: m.id,
    pairId: m.pairId,
    regionCode: m.regionCode,
    survivorId: m.survivorId,
    survivorName: names.get(m.survivorId) ?? null,
    mergedId: m.mergedId,
    mergedName: names.get(m.mergedId) ?? null,
    mergedByName: m.mergedByName,
    mergedAt: m.mergedAt.toISOString(),
    undoneAt: m.undoneAt ? m.undoneAt.toISOString() : null,
    undoneByName: m.undoneByName,
  };
}
