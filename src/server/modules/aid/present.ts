// Rows to the HTTP shapes of contract.ts, in the request's language, identifiers masked.

import { maskIdentity } from "../../../shared/mask";
import type { Lang } from "../../platform/errors";
import type { ProgrammeSummary, Proposal, SnapshotInfo } from "./contract";
import type { Problem } from "./domain";
import type { Item, ProblemOut } from "./proposals/contract-items";
import type { Counts, ItemRow, ProgrammeRow, ProposalRow } from "./repository";
import type { snapshots } from "./schema-exchange";

export function toProblemOut(p: Problem, lang: Lang): ProblemOut {
  return {
    key: p.key,
    code: p.code,
    message: p.text[lang],
    evidence: p.evidence as unknown as Record<string, unknown>,
    justification: p.justification,
  };
}

export function toItem(r: ItemRow, lang: Lang): Item {
  return {
    id: r.id,
    proposalId: r.proposalId,
    nikMasked: maskIdentity(r.nik) ?? "",
    noKkMasked: maskIdentity(r.noKk),
    name: r.name,
    address: r.address,
    villageCode: r.villageCode,
    sector: r.sector,
    phone: r.phone,
    occupation: r.occupation,
    businessId: r.businessId,
    businessName: r.businessName,
    source: r.source,
    status: r.status,
    removedReason: r.removedReason,
    checks: r.checks,
    problems: r.problems.map((p) => toProblemOut(p, lang)),
    openProblems: r.openProblems,
    decision: r.decision,
    decisionReason: r.decisionReason,
  };
}

export function toProgrammeSummary(r: ProgrammeRow): ProgrammeSummary {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    amount: r.amount,
    unit: r.unit,
    unitsPerRecipient: r.unitsPerRecipient,
    code: r.code,
    fundSource: r.fundSource,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    ownerRegion: r.ownerRegion,
  };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toProposal(
  r: ProposalRow,
  extra: {
    programmeName: string;
    programmeKind: ProgrammeRow["kind"];
    regionName: string | null;
    counts: Counts;
  },
): Proposal {
  return {
    id: r.id,
    number: r.number,
    programmeId: r.programmeId,
    programmeName: extra.programmeName,
    programmeKind: extra.programmeKind,
    regionCode: r.regionCode,
    regionName: extra.regionName,
    proposerName: r.proposerName,
    phase: r.phase,
    status: r.status,
    decreeNumber: r.decreeNumber,
    decreeDate: r.decreeDate,
    lastReason: r.lastReason,
    createdAt: r.createdAt.toISOString(),
    submittedAt: iso(r.submittedAt),
    verifiedAt: iso(r.verifiedAt),
    decidedAt: iso(r.decidedAt),
    disbursedAt: iso(r.disbursedAt),
    counts: extra.counts,
  };
}

export function toSnapshotInfo(s: typeof snapshots.$inferSelect): SnapshotInfo {
  return {
    id: s.id,
    version: s.version,
    reason: s.reason,
    itemCount: s.itemCount,
    totalAmount: s.totalAmount,
    sha256: s.sha256,
    decreeNumber: s.decreeNumber,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
  };
}
