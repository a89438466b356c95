// One partition of a parallel dedup, run in a worker thread: read and normalise the partition's
// records, build candidates, send the comparison-vector patterns for a shared EM, then score,
// cluster and send back pairs and entities.
import { parentPort, workerData } from "node:worker_threads";
import { finishDedup } from "../domain/dedup";
import { patternsOf } from "../domain/em";
import { partitionOf, provinceOf } from "../domain/partition";
import { buildCandidates, scoreCandidates } from "../domain/pipeline";
import type { Prepared } from "../domain/types";
import { readPreparedRecords } from "./read-records";
import type { FromWorker, ToWorker, WorkerInput } from "./worker-protocol";

const input = workerData as WorkerInput;
const port = parentPort;

function send(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

function nextModel(): Promise<ToWorker> {
  return new Promise((resolve) => port?.once("message", (m: ToWorker) => resolve(m)));
}

function evenSample(records: readonly Prepared[], size: number): Prepared[] {
  if (records.length <= size) return [...records];
  const step = records.length / size;
  return Array.from({ length: size }, (_, k) => records[Math.floor(k * step)] as Prepared);
}

async function run(): Promise<void> {
  const plan = new Map(input.plan);
  const onProgress = (p: { stage: string; done: number; total: number }) => send({ type: "progress", ...p });
  const read = await readPreparedRecords(input.file, input.config, undefined, (r) => {
    return partitionOf(provinceOf(r), plan, input.parts) === input.partition;
  });
  if (!read.ok) return send({ type: "error", message: read.error });
  const records = read.records;
  onProgress({ stage: `read ${records.length} records`, done: 1, total: 1 });
  const c = buildCandidates(records, read.presence, { model: input.model, onProgress });
  send({
    type: "stats",
    comparisons: c.comparisons.map((x) => x.name),
    patterns: patternsOf(
      c.gammas,
      c.comparisons.map((x) => x.levels.length),
      c.labels,
    ),
    sample: evenSample(records, 3000),
    records: records.length,
    candidatePairs: c.gammas.count,
    blocking: c.blocking.rules,
  });
  const { model } = await nextModel();
  const { weight, decision } = scoreCandidates(records, c, model, onProgress);
  const result = finishDedup(records, {
    blocking: c.blocking,
    gammas: c.gammas,
    model,
    weight,
    decision,
    guard: c.guard,
  });
  const w = Float64Array.from(result.pairs, (p) => p.weight);
  send(
    {
      type: "result",
      ids: records.map((r) => r.id),
      entityIds: result.entityIds,
      pairA: result.pairs.map((p) => p.idA),
      pairB: result.pairs.map((p) => p.idB),
      weight: w,
      decision: Uint8Array.from(result.pairs, (p) => (p.decision === "match" ? 1 : 2)),
      nik: records.map((r) => (r.nik?.isValid ? r.nik.digits : "")),
      nameKey: records.map((r) => r.nameKey),
      householdGuarded: result.stats.householdGuarded,
      refusedByClusterGuard: result.stats.refusedByClusterGuard,
    },
    [w.buffer as ArrayBuffer],
  );
}

run().catch((err: unknown) =>
  send({ type: "error", message: err instanceof Error ? err.message : String(err) }),
);
