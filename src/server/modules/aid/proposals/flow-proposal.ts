// The proposal's flow with an audit event for every step (aid.submit, aid.verify, aid.return,
// aid.approve, aid.reject, aid.fail). Submission and verification re-run every check first: the
// list moves on only when each problem is resolved or justified in writing.
import { and, eq, sql } from "drizzle-orm";
import { localDate } from "../../../../shared/local-time";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { computeChecks, storeChecks } from "../checks/check-items";
import type { ProposalDetail } from "../contract";
import { type FlowAction, type ProposalStatus, transition } from "../domain";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { findProgramme, lockProposal, type ProgrammeRow, type ProposalRow } from "../repository";
import { programmeQuotas, proposalEvents, proposalItems, proposals } from "../schema";
import type { DecreeBody, ReasonBody } from "./contract-items";
import { freezeSnapshot } from "./freeze-list";
import { getProposal } from "./manage-proposals";

type StepInput = { reason?: string | null; decreeNumber?: string | null; decreeDate?: string | null };

function flowError(kind: string, action: FlowAction, from?: ProposalStatus): AppError {
  if (kind === "reason_required")
    return new AppError("VALIDATION", {
      issues: [{ path: "reason", message: "alasan wajib diisi" }],
      text: { id: "Alasan wajib diisi.", en: "A reason is required." },
    });
  if (kind === "decree_required")
    return new AppError("VALIDATION", {
      issues: [{ path: "decreeNumber", message: "nomor SK wajib diisi" }],
      text: { id: "Nomor SK wajib diisi.", en: "A decree number is required." },
    });
  return aidError("AID_INVALID_TRANSITION", {
    text: {
      id: `Langkah "${action}" tidak bisa dilakukan dari status "${from}".`,
      en: `Step "${action}" is not possible from status "${from}".`,
    },
  });
}

async function openProblems(t: Tx, proposalId: string): Promise<{ active: number; open: number }> {
  const [r] = await t
    .select({
      active: sql<number>`count(*)::int`,
      open: sql<number>`coalesce(sum(${proposalItems.openProblems}), 0)::int`,
    })
    .from(proposalItems)
    .where(and(eq(proposalItems.proposalId, proposalId), eq(proposalItems.status, "active")));
  return { active: Number(r?.active ?? 0), open: Number(r?.open ?? 0) };
}

async function requireResolved(t: Tx, proposal: ProposalRow): Promise<void> {
  const { active, open } = await openProblems(t, proposal.id);
  if (active === 0) throw aidError("AID_EMPTY_PROPOSAL");
  if (open > 0) {
    throw aidError("AID_UNRESOLVED_PROBLEMS", {
      text: {
        id: `${open} masalah belum diselesaikan atau diberi alasan tertulis.`,
        en: `${open} problems are neither resolved nor justified in writing.`,
      },
      details: { open },
    });
  }
  const quota = (
    await t
      .select()
      .from(programmeQuotas)
      .where(
        and(
          eq(programmeQuotas.programmeId, proposal.programmeId),
          eq(programmeQuotas.regionCode, proposal.regionCode),
          eq(programmeQuotas.phase, proposal.phase),
        ),
      )
      .limit(1)
  )[0];
  if (quota && active > quota.quota) {
    throw aidError("AID_QUOTA_EXCEEDED", {
      text: {
        id: `Jumlah penerima ${active} melebihi kuota ${quota.quota}.`,
        en: `${active} recipients exceed the quota of ${quota.quota}.`,
      },
    });
  }
}

/** Re-runs the checks on all active items before a gate (submission, verification). */
async function recheckAll(ctx: Ctx, proposalId: string): Promise<void> {
  const { programme, items } = await tx(ctx, async (t) => {
    const p = await lockProposal(t, proposalId);
    if (!p) throw notFound();
    requireScope(ctx, p.regionCode);
    const programme = await findProgramme(t, p.programmeId);
    if (!programme) throw notFound();
    const items = await t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.proposalId, proposalId), eq(proposalItems.status, "active")));
    return { programme, items };
  });
  const checked = await computeChecks(ctx, { programme, items });
  await tx(ctx, (t) => storeChecks(t, checked, ctx.now));
}

type Extra = (t: Tx, p: ProposalRow, programme: ProgrammeRow) => Promise<Record<string, unknown>>;

async function step(
  ctx: Ctx,
  o: {
    id: string;
    action: FlowAction;
    permission: Parameters<typeof requirePermission>[1];
    input: StepInput;
    gate?: boolean;
    extra?: Extra;
  },
): Promise<ProposalDetail> {
  requirePermission(ctx, o.permission);
  if (o.gate) await recheckAll(ctx, o.id);
  await tx(ctx, async (t) => {
    const p = await lockProposal(t, o.id);
    if (!p) throw notFound();
    requireScope(ctx, p.regionCode);
    const move = transition({
      from: p.status,
      action: o.action,
      reason: o.input.reason,
      decreeNumber: o.input.decreeNumber,
    });
    if (move.kind !== "ok") throw flowError(move.kind, o.action, p.status);
    const programme = await findProgramme(t, p.programmeId);
    if (!programme) throw notFound();
    if (o.gate) await requireResolved(t, p);
    const stamp: Partial<ProposalRow> = {
      status: move.to,
      updatedAt: ctx.now,
      lastReason: o.input.reason ?? p.lastReason,
    };
    if (o.action === "submit") stamp.submittedAt = ctx.now;
    if (o.action === "verify") stamp.verifiedAt = ctx.now;
    if (o.action === "return") stamp.returnedAt = ctx.now;
    if (o.action === "approve" || o.action === "reject") {
      stamp.decidedAt = ctx.now;
      stamp.decreeNumber = o.input.decreeNumber ?? null;
      stamp.decreeDate = o.input.decreeDate ?? localDate(ctx.now, p.regionCode);
    }
    const extra = o.extra ? await o.extra(t, p, programme) : {};
    await t.update(proposals).set(stamp).where(eq(proposals.id, p.id));
    await t.insert(proposalEvents).values({
      id: newId(),
      proposalId: p.id,
      regionCode: p.regionCode,
      action: o.action,
      fromStatus: p.status,
      toStatus: move.to,
      reason: o.input.reason ?? null,
      actorName: actorName(ctx.actor),
      at: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: `aid.${o.action}`,
      entityType: "aid_proposal",
      entityId: p.id,
      entityRegion: p.regionCode,
      before: { status: p.status },
      after: {
        status: move.to,
        reason: o.input.reason ?? null,
        decreeNumber: stamp.decreeNumber ?? null,
        ...extra,
      },
    });
  });
  return getProposal({ ctx, id: o.id });
}

export const submitProposal = ({ ctx, id }: { ctx: Ctx; id: string }) =>
  step(ctx, { id, action: "submit", permission: "aid.propose", input: {}, gate: true });
export const verifyProposal = ({ ctx, id }: { ctx: Ctx; id: string }) =>
  step(ctx, { id, action: "verify", permission: "aid.verify", input: {}, gate: true });
export const returnProposal = ({ ctx, id, input }: { ctx: Ctx; id: string; input: ReasonBody }) =>
  step(ctx, { id, action: "return", permission: "aid.verify", input });
export const rejectProposal = ({ ctx, id, input }: { ctx: Ctx; id: string; input: DecreeBody }) =>
  step(ctx, { id, action: "reject", permission: "aid.verify", input });
export const failProposal = ({ ctx, id, input }: { ctx: Ctx; id: string; input: ReasonBody }) =>
  step(ctx, { id, action: "fail", permission: "aid.verify", input });

/** Approval with the decree number freezes the list as snapshot version 1 (or the next version). */
export const approveProposal = ({ ctx, id, input }: { ctx: Ctx; id: string; input: DecreeBody }) =>
  step(ctx, {
    id,
    action: "approve",
    permission: "aid.verify",
    input,
    extra: async (t, proposal, programme) => {
      const snap = await freezeSnapshot(t, ctx, {
        proposal,
        programme,
        reason: input.reason ?? "approval",
        decreeNumber: input.decreeNumber,
      });
      return {
        snapshotVersion: snap.version,
        sha256: snap.sha256,
        itemCount: snap.itemCount,
        totalAmount: snap.totalAmount,
      };
    },
  });
