// `sinergi match dedup <file.csv> --out pairs.csv [--config cfg.json] [--clusters clusters.csv]
//   [--model model.json] [--save-model model.json] [--previous-clusters old-clusters.csv]
//   [--threads N]` — files of 100,000 rows and more run in N worker threads (default 2).
import { access } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dedupPrepared } from "../domain/dedup";
import type { ParsedArgs } from "./args";
import { loadConfig } from "./config";
import { loadModel, loadPreviousClusters } from "./model-file";
import { PARALLEL_MIN_ROWS, parallelDedup, planFor } from "./parallel-dedup";
import { progressReporter } from "./progress";
import { readPreparedRecords } from "./read-records";
import { writeClusters, writeModel, writePairs } from "./write-results";

export type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

export async function dedupCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = args.flags.get("out");
  if (!file || !out) {
    io.stderr.write(
      "usage: sinergi match dedup <file.csv> --out pairs.csv [--config cfg.json] [--clusters clusters.csv]\n",
    );
    return 2;
  }
  try {
    await access(file);
  } catch {
    return fail(io, `file not found: ${file}`);
  }
  const config = await loadConfig(args.flags.get("config"));
  if (!config.ok) return fail(io, config.error);
  const modelPath = args.flags.get("model");
  const model = modelPath ? await loadModel(modelPath) : null;
  if (model && !model.ok) return fail(io, model.error);
  const previousPath = args.flags.get("previous-clusters");
  const previous = previousPath ? await loadPreviousClusters(previousPath) : undefined;
  if (typeof previous === "string") return fail(io, previous);
  const progress = progressReporter(io.stderr, "dedup");
  const threads = Number(args.flags.get("threads") ?? Math.min(2, availableParallelism()));
  if (threads > 1 && !previous) {
    const minRows = Number(args.flags.get("parallel-min-rows") ?? PARALLEL_MIN_ROWS);
    const { plan, isLarge } = await planFor(file, config.config, threads, minRows);
    if (isLarge) {
      const result = await parallelDedup({
        file,
        config: config.config,
        plan,
        parts: threads,
        model: model?.ok ? model.model : undefined,
        onProgress: progress,
      });
      await writePairs(out, result.pairs);
      const clustersPath = args.flags.get("clusters");
      if (clustersPath) await writeClusters(clustersPath, result.ids, result.entityIds);
      const savePath = args.flags.get("save-model");
      if (savePath) await writeModel(savePath, result.model);
      const s = result.stats;
      io.stderr.write(
        `dedup: ${s.records} records in ${threads} partitions, ${s.candidatePairs} candidate pairs, ${s.matches} matches, ${s.reviews} to review, ${s.entities} entities (${s.crossPartition} pairs across partitions)\n`,
      );
      return 0;
    }
  }
  const read = await readPreparedRecords(file, config.config, (n) =>
    progress({ stage: `read ${n} rows`, done: 0, total: 0 }),
  );
  if (!read.ok) return fail(io, read.error);
  progress({ stage: `read ${read.records.length} records`, done: 1, total: 1 });
  const result = dedupPrepared(read.records, read.presence, {
    model: model?.ok ? model.model : undefined,
    thresholds: config.config.thresholds,
    previousEntities: previous,
    onProgress: progress,
  });
  await writePairs(out, result.pairs);
  const clustersPath = args.flags.get("clusters");
  if (clustersPath)
    await writeClusters(
      clustersPath,
      read.records.map((r) => r.id),
      result.entityIds,
    );
  const savePath = args.flags.get("save-model");
  if (savePath) await writeModel(savePath, result.model);
  const s = result.stats;
  io.stderr.write(
    `dedup: ${s.records} records, ${s.candidatePairs} candidate pairs, ${s.matches} matches, ${s.reviews} to review, ${s.entities} entities\n`,
  );
  return 0;
}

export function fail(io: Io, message: string): number {
  io.stderr.write(`error: ${message}\n`);
  return 1;
}
