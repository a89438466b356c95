// `sinergi match link <a.csv> <b.csv> --out pairs.csv [--config cfg.json] [--config-b cfg.json]
//   [--model model.json] [--save-model model.json] [--many]`
import { linkPrepared, mergePresence } from "../domain/link";
import type { ParsedArgs } from "./args";
import { loadConfig } from "./config";
import { dedupCommand, fail, type Io } from "./dedup-command";
import { loadModel } from "./model-file";
import { progressReporter } from "./progress";
import { readPreparedRecords } from "./read-records";
import { writeModel, writePairs } from "./write-results";

export async function linkCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [fileA, fileB] = args.positional;
  const out = args.flags.get("out");
  if (!fileA || !fileB || !out) {
    io.stderr.write(
      "usage: sinergi match link <a.csv> <b.csv> --out pairs.csv [--config cfg.json] [--config-b cfg.json]\n",
    );
    return 2;
  }
  const configA = await loadConfig(args.flags.get("config"));
  if (!configA.ok) return fail(io, configA.error);
  const configB = args.flags.has("config-b") ? await loadConfig(args.flags.get("config-b")) : configA;
  if (!configB.ok) return fail(io, configB.error);
  const modelPath = args.flags.get("model");
  const model = modelPath ? await loadModel(modelPath) : null;
  if (model && !model.ok) return fail(io, model.error);
  const progress = progressReporter(io.stderr, "link");
  const a = await readPreparedRecords(fileA, configA.config);
  if (!a.ok) return fail(io, a.error);
  const b = await readPreparedRecords(fileB, configB.config);
  if (!b.ok) return fail(io, b.error);
  progress({ stage: `read ${a.records.length} + ${b.records.length} records`, done: 1, total: 1 });
  const result = linkPrepared(a.records, b.records, mergePresence(a.presence, b.presence), {
    model: model?.ok ? model.model : undefined,
    thresholds: configA.config.thresholds,
    oneToOne: !args.flags.has("many"),
    onProgress: progress,
  });
  await writePairs(out, result.pairs);
  const savePath = args.flags.get("save-model");
  if (savePath) await writeModel(savePath, result.model);
  const s = result.stats;
  io.stderr.write(
    `link: ${s.candidatePairs} candidate pairs, ${s.matches} matches, ${s.reviews} to review\n`,
  );
  return 0;
}

export { dedupCommand };
