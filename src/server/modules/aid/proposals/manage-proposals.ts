// Proposals (usulan): created by a regency (or province) office for one programme, listed and read
// within the actor's scope.
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, like, or, type SQL } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { CreateProposalBody, Proposal, ProposalDetail, ProposalListQuery } from "../contract";
import { proposalNumber } from "../domain";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { toProposal, toSnapshotInfo } from "../present";
import { visibleProgramme } from "../programmes/manage-programmes";
import {
  findProgramme,
  findProposal,
  type ProgrammeRow,
  type ProposalRow,
  proposalCounts,
  regionName,
} from "../repository";
import { programmeQuotas, programmes, proposalEvents, proposals } from "../schema";
import { snapshots } from "../schema-exchange";

export async function presentProposals(t: Tx, rows: readonly ProposalRow[]): Promise<Proposal[]> {
  const progs = new Map<string, ProgrammeRow>();
  for (const id of new Set(rows.map((r) => r.programmeId))) {
    const p = await findProgramme(t, id);
    if (p) progs.set(id, p);
  }
  const amounts = new Map(rows.map((r) => [r.id, progs.get(r.programmeId)?.amount ?? 0]));
  const counts = await proposalCounts(
    t,
    rows.map((r) => r.id),
    amounts,
  );
  const names = new Map<string, string | null>();
  for (const code of new Set(rows.map((r) => r.regionCode))) names.set(code, await regionName(t, code));
  return rows.map((r) =>
    toProposal(r, {
      programmeName: progs.get(r.programmeId)?.name ?? "",
      programmeKind: progs.get(r.programmeId)?.kind ?? "cash",
      regionName: names.get(r.regionCode) ?? null,
      counts: counts.get(r.id) ?? { active: 0, removed: 0, withProblems: 0, openProblems: 0, amount: 0 },
    }),
  );
}

export async function createProposal({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CreateProposalBody;
}): Promise<Proposal> {
  requirePermission(ctx, "aid.propose");
  requireScope(ctx, input.regionCode);
  return tx(ctx, async (t) => {
    const programme = await visibleProgramme(t, ctx, input.programmeId);
    if (
      programme.ownerRegion &&
      !(
        input.regionCode === programme.ownerRegion || input.regionCode.startsWith(`${programme.ownerRegion}.`)
      )
    ) {
      throw aidError("AID_REGION_OUTSIDE_PROGRAMME");
    }
    const name = await regionName(t, input.regionCode);
    if (name === null)
      throw new AppError("VALIDATION", {
        issues: [
          {
            path: "regionCode",
            message: ctx.lang === "id" ? "kode wilayah tidak dikenal" : "unknown region code",
          },
        ],
      });
    const row: ProposalRow = {
      id: newId(),
      number: proposalNumber(ctx.now.getUTCFullYear(), randomBytes(6)),
      programmeId: programme.id,
      regionCode: input.regionCode,
      proposerName: input.proposerName ?? `Dinas Koperasi dan UKM ${name}`,
      phase: input.phase ?? 0,
      status: "draft",
      decreeNumber: null,
      decreeDate: null,
      lastReason: null,
      createdBy: actorName(ctx.actor),
      submittedAt: null,
      verifiedAt: null,
      returnedAt: null,
      decidedAt: null,
      disbursedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await t.insert(proposals).values(row);
    await t.insert(proposalEvents).values({
      id: newId(),
      proposalId: row.id,
      regionCode: row.regionCode,
      action: "create",
      fromStatus: null,
      toStatus: "draft",
      reason: null,
      actorName: row.createdBy,
      at: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: "aid.create-proposal",
      entityType: "aid_proposal",
      entityId: row.id,
      entityRegion: row.regionCode,
      after: row,
    });
    const [out] = await presentProposals(t, [row]);
    return out!;
  });
}

export async function listProposals({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: ProposalListQuery;
}): Promise<Proposal[]> {
  requirePermission(ctx, "aid.read");
  if (query.region) requireScope(ctx, query.region);
  return tx(ctx, async (t) => {
    const where: SQL[] = [];
    if (query.programmeId) where.push(eq(proposals.programmeId, query.programmeId));
    if (query.status) where.push(eq(proposals.status, query.status));
    if (query.region)
      where.push(
        or(eq(proposals.regionCode, query.region), like(proposals.regionCode, `${query.region}.%`))!,
      );
    const rows = await t
      .select()
      .from(proposals)
      .where(and(...where))
      .orderBy(desc(proposals.createdAt))
      .limit(500);
    return presentProposals(t, rows);
  });
}

/** A proposal in scope or NOT_FOUND (RLS hides the others; the scope check repeats it). */
export async function proposalInScope(t: Tx, ctx: Ctx, id: string): Promise<ProposalRow> {
  const row = await findProposal(t, id);
  if (!row) throw notFound();
  requireScope(ctx, row.regionCode);
  return row;
}

export async function getProposal({ ctx, id }: { ctx: Ctx; id: string }): Promise<ProposalDetail> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    const row = await proposalInScope(t, ctx, id);
    const [base] = await presentProposals(t, [row]);
    const events = await t
      .select()
      .from(proposalEvents)
      .where(eq(proposalEvents.proposalId, id))
      .orderBy(asc(proposalEvents.at));
    const snaps = await t
      .select()
      .from(snapshots)
      .where(eq(snapshots.proposalId, id))
      .orderBy(asc(snapshots.version));
    const quota = await t
      .select({ quota: programmeQuotas.quota })
      .from(programmeQuotas)
      .innerJoin(programmes, eq(programmes.id, programmeQuotas.programmeId))
      .where(
        and(
          eq(programmeQuotas.programmeId, row.programmeId),
          eq(programmeQuotas.regionCode, row.regionCode),
          eq(programmeQuotas.phase, row.phase),
        ),
      )
      .limit(1);
    return {
      ...base!,
      events: events.map((e) => ({
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        reason: e.reason,
        actorName: e.actorName,
        at: e.at.toISOString(),
      })),
      snapshots: snaps.map(toSnapshotInfo),
      quota: quota[0]?.quota ?? null,
    };
  });
}
