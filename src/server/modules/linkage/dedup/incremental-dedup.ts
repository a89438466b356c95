// Incremental dedup: after an import commit or a synced record, only the new records are compared
// with the register. Their owners' match keys are refreshed, each record's candidates come from
// the engine's candidate search (shared blocking keys, the same NIK or phone), probable pairs go
// to the review queue and sure matches join the matched record's entity. Nothing else is
// recomputed, and a second run over the same records adds nothing.
import type { Database } from "../../../platform/db/pool";
import type { JobContext } from "../../../platform/jobs/jobs";
import { type Ctx, recordAudit, systemCtx, tx } from "../../access";
import {
  findHintCandidateIds,
  type LinkSourceRow,
  type NewRecords,
  readImportedBusinessIds,
  readLinkRecordsByIds,
  readLinkRecordsByOwners,
  setEntityIds,
  setMatchKeys,
} from "../../registry";
import { blockingKeys } from "../domain/blocking-keys";
import { cleanNik, parseNik } from "../domain/nik";
import type { Scorer } from "../domain/scorer";
import { updateRun } from "../repository";
import { explainRows, insertPairs, type ScoredPair } from "../review/queue-pairs";
import { entityUuid } from "./entity-uuid";
import { personToLinkRecord } from "./records";
import { insertRun } from "./run-scope";
import { scorerForRegion } from "./trained-scorer";

const CHUNK = 500;
/** Candidate persons fetched per new record (as the typing hint). */
const MAX_CANDIDATES = 300;
/** Pairs kept per new record, strongest first. */
const PER_RECORD = 5;

export type IncrementalStats = {
  records: number;
  keysChanged: number;
  pairsFound: number;
  pairsAdded: number;
  matched: number;
  entityIdsChanged: number;
  /** The model that scored: the last full dedup run's trained one for the scope, or the default. */
  model: "default" | { runId: string };
};

const ownerRecord = (r: LinkSourceRow) =>
  personToLinkRecord({ ...r, id: r.personId, street: r.personStreet, regionCode: r.regionCode });

/** The registered records a new record may duplicate: other owners' businesses sharing a key. */
async function candidatesOf(ctx: Ctx, r: LinkSourceRow, keys: string[]): Promise<LinkSourceRow[]> {
  const nik = cleanNik(r.nik);
  const ids = await findHintCandidateIds(ctx.db.db, {
    keys,
    nik: parseNik(nik).isValid ? nik : null,
    phone: r.phone,
    prefix: "*",
    limit: MAX_CANDIDATES,
  });
  const owners = ids.filter((id) => id !== r.personId);
  return tx(ctx, (t) => readLinkRecordsByOwners(t, owners));
}

/** Compares one chunk of new records; returns their pairs and sure matches. */
async function compareChunk(ctx: Ctx, s: Scorer, rows: readonly LinkSourceRow[], stats: IncrementalStats) {
  const keyed = rows.map((r) => ({ r, keys: blockingKeys(ownerRecord(r)) }));
  stats.keysChanged += await tx(ctx, (t) =>
    setMatchKeys(
      t,
      keyed.map((k) => ({ personId: k.r.personId, keys: k.keys })),
    ),
  );
  const found: ScoredPair[] = [];
  const entities: Array<{ businessId: string; entityId: string }> = [];
  for (const { r, keys } of keyed) {
    const scored = (await candidatesOf(ctx, r, keys))
      .filter((c) => c.businessId !== r.businessId)
      .map((c) => ({ a: r, b: c, explanation: explainRows(s, r, c) }))
      .filter((p) => p.explanation.decision !== "nonMatch")
      .sort((x, y) => y.explanation.weight - x.explanation.weight)
      .slice(0, PER_RECORD);
    found.push(...scored);
    const best = scored[0];
    if (best?.explanation.decision === "match") {
      const entityId = best.b.entityId ?? entityUuid(best.b.businessId);
      entities.push({ businessId: best.b.businessId, entityId }, { businessId: r.businessId, entityId });
    }
  }
  return { found, entities };
}

async function targetIds(ctx: Ctx, records: NewRecords): Promise<string[]> {
  if ("businessIds" in records) return [...new Set(records.businessIds)];
  const batchId = records.importBatchId;
  return tx(ctx, (t) => readImportedBusinessIds(t, batchId));
}

/** Runs the incremental dedup of `records`; the run row keeps its figures. */
export async function dedupNewRecords(
  ctx: Ctx,
  records: NewRecords,
  progress: (percent: number, message: string) => Promise<void> = async () => {},
): Promise<IncrementalStats> {
  const run = await insertRun(ctx, { kind: "incremental", region: records.regionCode });
  await tx(ctx, (t) => updateRun(t, run.id, { state: "running" }));
  const chosen = await tx(ctx, (t) => scorerForRegion(t, records.regionCode));
  const stats: IncrementalStats = {
    records: 0,
    keysChanged: 0,
    pairsFound: 0,
    pairsAdded: 0,
    matched: 0,
    entityIdsChanged: 0,
    model: chosen.model,
  };
  try {
    const ids = await targetIds(ctx, records);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = (await tx(ctx, (t) => readLinkRecordsByIds(t, ids.slice(i, i + CHUNK)))).filter(
        (r) => r.status !== "merged",
      );
      const { found, entities } = await compareChunk(ctx, chosen.scorer, rows, stats);
      await tx(ctx, async (t) => {
        stats.pairsAdded += await insertPairs(t, run.id, found);
        stats.entityIdsChanged += await setEntityIds(t, entities);
      });
      stats.records += rows.length;
      stats.pairsFound += found.length;
      stats.matched += entities.length / 2;
      await progress(Math.min(99, ((i + CHUNK) / ids.length) * 100), `${stats.records} catatan baru`);
    }
    await tx(ctx, async (t) => {
      await updateRun(t, run.id, { state: "completed", stats, finishedAt: new Date() });
      await recordAudit(t, ctx, {
        action: "linkage.incremental-dedup",
        entityType: "linkage-run",
        entityId: run.id,
        entityRegion: run.regionCode,
        after: { ...stats, ...("importBatchId" in records ? { importBatchId: records.importBatchId } : {}) },
      });
    });
    return stats;
  } catch (err) {
    await tx(ctx, (t) =>
      updateRun(t, run.id, { state: "failed", error: String(err), finishedAt: new Date() }),
    );
    throw err;
  }
}

export function runIncrementalJob(
  database: Database,
  job: JobContext<NewRecords>,
): Promise<IncrementalStats> {
  return dedupNewRecords(systemCtx(database, "linkage.incremental-dedup"), job.data, job.progress);
}
