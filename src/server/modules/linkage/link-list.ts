// Linking an outside list to the register of its regency: one engine pass over register records
// (file A) and list rows (file B), keeping for every list row its best register record and the
// decision (match / review / none) with the per-field explanation.

import type { Database } from "../../platform/db/pool";
import { notFound } from "../../platform/errors";
import type { JobContext, Jobs } from "../../platform/jobs/jobs";
import { type Ctx, recordAudit, requirePermission, requireScope, systemCtx, tx } from "../access";
import type { RunStarted } from "./contract";
import { defaultRegisterModel } from "./default-model";
import { explainPrepared } from "./domain/explain";
import { weightToProbability } from "./domain/model";
import { runPipeline } from "./domain/pipeline";
import { detectPresence, prepareRecord } from "./domain/prepare";
import { compileScorer } from "./domain/scorer";
import type { LinkRecord } from "./domain/types";
import { LINK_LIST_JOB, type RunJobData } from "./jobs-names";
import { round, toContributions } from "./present";
import { readRegister } from "./read-register";
import { businessToLinkRecord } from "./records";
import { findRun, type RunRow, updateRun } from "./repository";
import {
  findList,
  type ListRow,
  type ListRowRow,
  selectListRows,
  updateList,
  writeRowLinks,
} from "./repository-lists";
import { MIN_TRAIN_RECORDS } from "./run-dedup";
import { startRun } from "./run-scope";

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
    const records = [...register.map(businessToLinkRecord), ...rows.map(listRowToLinkRecord)];
    const prepared = records.map((r) => prepareRecord(r));
    const s = runPipeline(prepared, detectPresence(records), {
      boundary: register.length,
      model: defaultRegisterModel(),
      train: records.length >= MIN_TRAIN_RECORDS,
    });
    await progress(70, "menyimpan hasil");
    const best = new Map<number, number>();
    for (let p = 0; p < s.blocking.count; p++) {
      if (s.decision[p] === "nonMatch" || s.decision[p] === undefined) continue;
      const j = s.blocking.b[p] ?? 0;
      const prev = best.get(j);
      if (prev === undefined || (s.weight[p] ?? 0) > (s.weight[prev] ?? 0)) best.set(j, p);
    }
    const scorer = compileScorer(s.model);
    const links = rows.map((row, k) => {
      const p = best.get(register.length + k);
      if (p === undefined)
        return {
          id: row.id,
          businessId: null,
          personId: null,
          weight: null,
          probability: null,
          decision: "none" as const,
          explanation: null,
        };
      const i = s.blocking.a[p] ?? 0;
      const e = explainPrepared(
        scorer,
        prepared[i] ?? prepareRecord({ id: "" }),
        prepared[register.length + k] ?? prepareRecord({ id: "" }),
      );
      const decision = s.decision[p] === "match" ? ("match" as const) : ("review" as const);
      return {
        id: row.id,
        businessId: register[i]?.businessId ?? null,
        personId: register[i]?.personId ?? null,
        weight: round(s.weight[p] ?? 0),
        probability: round(weightToProbability(s.weight[p] ?? 0), 4),
        decision,
        explanation: { contributions: toContributions(e) },
      };
    });
    const count = (d: string) => links.filter((l) => l.decision === d).length;
    const stats: LinkStats = {
      register: register.length,
      rows: rows.length,
      candidatePairs: s.blocking.count,
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
