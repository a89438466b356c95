// Linking an outside list to the register of its regency: one engine pass over register records
// (file A) and list rows (file B), keeping for every list row its best register record and the
// decision (match / review / none) with the per-field explanation.

import type { Database } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import type { JobContext, Jobs } from "../../../platform/jobs/jobs";
import { type Ctx, recordAudit, requireScope, systemCtx, tx } from "../../access";
import type { RunStarted } from "../contract";
import { readRegister } from "../dedup/read-register";
import { businessToLinkRecord } from "../dedup/records";
import { MIN_TRAIN_RECORDS } from "../dedup/run-dedup";
import { startRun } from "../dedup/run-scope";
import { defaultModel } from "../domain/default-model";
import { explainPrepared } from "../domain/explain";
import { type LinkedPair, linkPrepared, mergePresence } from "../domain/link";
import { detectPresence, prepareRecord } from "../domain/prepare";
import { compileScorer } from "../domain/scorer";
import type { LinkRecord } from "../domain/types";
import { LINK_LIST_JOB, type RunJobData } from "../jobs-names";
import { requirePermission } from "../permissions";
import { findRun, type RunRow, updateRun } from "../repository";
import { round, toContributions } from "../review/present";
import {
  findList,
  type ListRow,
  type ListRowRow,
  selectListRows,
  updateList,
  writeRowLinks,
} from "./repository";

export function listRowToLinkRecord(r: ListRowRow): LinkRecord {
  return {
    id: r.id,
    nationalId: r.nik ?? "",
    familyId: r.noKk ?? "",
    fullName: r.name ?? "",
    sex: r.sex ?? "",
    birthPlace: r.birthPlace ?? "",
    birthDate: r.birthDate ?? "",
    address: r.address ?? "",
    rt: r.rt ?? "",
    rw: r.rw ?? "",
    regionCode: r.villageCode ?? r.regionCode,
    phone: r.phone ?? "",
    businessName: r.businessName ?? "",
  };
}

export async function relinkList({
  ctx,
  id,
  jobs,
}: {
  ctx: Ctx;
  id: string;
  jobs: Jobs;
}): Promise<RunStarted> {
  requirePermission(ctx, "linkage.run");
  const list = await tx(ctx, (t) => findList(t, id));
  if (!list) throw notFound();
  requireScope(ctx, list.regionCode);
  const started = await startRun(ctx, jobs, {
    kind: "link",
    region: list.regionCode,
    job: LINK_LIST_JOB,
    listId: id,
  });
  await tx(ctx, (t) =>
    updateList(t, id, { lastRunId: started.run.id, state: "linking", updatedAt: ctx.now }),
  );
  return started;
}

export type LinkStats = {
  register: number;
  rows: number;
  candidatePairs: number;
  match: number;
  review: number;
  none: number;
  seconds: number;
};

export async function runLinkJob(database: Database, job: JobContext<RunJobData>): Promise<LinkStats> {
  const ctx = systemCtx(database, "linkage.link-list");
  const run = await tx(ctx, (t) => findRun(t, job.data.runId));
  const list = run?.listId ? await tx(ctx, (t) => findList(t, run.listId ?? "")) : undefined;
  if (!run || !list) throw new Error(`link run ${job.data.runId} has no list`);
  return performLinkRun(ctx, { run, list }, job.progress);
}

/** Links a list for a queued run (state and stats on the run row, links on the list rows). */
export async function performLinkRun(
  ctx: Ctx,
  { run, list }: { run: RunRow; list: ListRow },
  progress: (percent: number, message: string) => Promise<void>,
): Promise<LinkStats> {
  const started = Date.now();
  await tx(ctx, (t) => updateRun(t, run.id, { state: "running" }));
  try {
    await progress(5, "membaca registri");
    const register = await readRegister(ctx, list.regionCode);
    const rows = await tx(ctx, (t) => selectListRows(t, list.id));
    await progress(25, `mencocokkan ${rows.length} baris dengan ${register.length} catatan`);
    const regPrepared = register.map((r) => prepareRecord(businessToLinkRecord(r)));
    const listRecords = rows.map(listRowToLinkRecord);
    const listPrepared = listRecords.map((r) => prepareRecord(r));
    const presence = mergePresence(
      detectPresence(register.map(businessToLinkRecord)),
      detectPresence(listRecords),
    );
    const result = linkPrepared(regPrepared, listPrepared, presence, {
      model: defaultModel(),
      train: register.length + rows.length >= MIN_TRAIN_RECORDS,
    });
    await progress(70, "menyimpan hasil");
    // Each list row keeps its strongest pair (a weaker one was turned into a review by the engine).
    const best = new Map<number, LinkedPair>();
    for (const p of result.pairs) {
      const prev = best.get(p.indexB);
      if (!prev || p.weight > prev.weight) best.set(p.indexB, p);
    }
    const scorer = compileScorer(result.model);
    const links = rows.map((row, k) => {
      const p = best.get(k);
      const a = p ? regPrepared[p.indexA] : undefined;
      const b = listPrepared[k];
      if (!p || !a || !b) {
        return {
          id: row.id,
          businessId: null,
          personId: null,
          weight: null,
          probability: null,
          decision: "none" as const,
          explanation: null,
        };
      }
      const e = explainPrepared(scorer, a, b);
      return {
        id: row.id,
        businessId: register[p.indexA]?.businessId ?? null,
        personId: register[p.indexA]?.personId ?? null,
        weight: round(p.weight),
        probability: round(p.probability, 4),
        decision: p.decision,
        explanation: { contributions: toContributions(e), note: p.note },
      };
    });
    const count = (d: string) => links.filter((l) => l.decision === d).length;
    const stats: LinkStats = {
      register: register.length,
      rows: rows.length,
      candidatePairs: result.stats.candidatePairs,
      match: count("match"),
      review: count("review"),
      none: count("none"),
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    await tx(ctx, async (t) => {
      await writeRowLinks(t, links);
      await updateList(t, list.id, { state: "linked", linkedAt: new Date(), updatedAt: new Date() });
      await updateRun(t, run.id, { state: "completed", stats, finishedAt: new Date() });
      await recordAudit(t, ctx, {
        action: "linkage.link-list",
        entityType: "linkage-list",
        entityId: list.id,
        entityRegion: list.regionCode,
        after: stats,
      });
    });
    return stats;
  } catch (err) {
    await tx(ctx, async (t) => {
      await updateRun(t, run.id, {
        state: "failed",
        error: err instanceof Error ? err.message : String(err),
        finishedAt: new Date(),
      });
      await updateList(t, list.id, { state: "failed" });
    });
    throw err;
  }
}
