// Hashed (privacy-preserving) against clear-text linkage, accuracy only. Each data set becomes a
// linking task: list A holds each entity's first record, list B its second (when it has one);
// singletons alternate between A and B so that most records have no partner.
//   node bin/run-ts.js bench/linkage/hashed.ts [--sets febrl,tune,report] [--record]
// Tune on `--sets febrl,tune` only; the report seed is for the final figures.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CANONICAL_CONFIG, loadConfig, type MatchConfig } from "../../src/server/modules/linkage/cli/config";
import { hashRecords } from "../../src/server/modules/linkage/cli/hash-records";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import { linkHashed } from "../../src/server/modules/linkage/domain/hashed-link";
import { linkPrepared } from "../../src/server/modules/linkage/domain/link";
import { appendResults } from "../results";
import { FEBRL_DIR } from "./febrl";
import { febrlEntity } from "./febrl-truth";
import { splitTask, taskF1 } from "./hashed-task";
import { generate, REPORT_SEED, TUNE_SEED } from "./indep/generate";

const KEY = Buffer.from("bench-shared-secret-of-two-agencies");
const setsFlag = process.argv.indexOf("--sets");
const SETS = new Set((setsFlag >= 0 ? (process.argv[setsFlag + 1] ?? "") : "febrl,tune,report").split(","));
const rows: string[] = [];

async function measure(name: string, file: string, config: MatchConfig, entityOf: (id: string) => string) {
  const read = await readPreparedRecords(file, config);
  if (!read.ok) throw new Error(read.error);
  const task = splitTask(read.records, (r) => entityOf(r.id), read.presence);
  const clear = linkPrepared(task.a, task.b, task.presence, {});
  const exact = linkHashed(hashRecords(task.a, KEY, false), hashRecords(task.b, KEY, false));
  const clk = linkHashed(hashRecords(task.a, KEY, true), hashRecords(task.b, KEY, true));
  const row = [
    taskF1(clear.pairs, task, entityOf),
    taskF1(exact.pairs, task, entityOf),
    taskF1(clk.pairs, task, entityOf),
  ];
  const line = `| ${name} | ${task.a.length} × ${task.b.length} | ${task.truePairs} | ${row.map((x) => x.toFixed(4)).join(" | ")} | ${clk.candidatePairs} |`;
  console.log(line);
  rows.push(line);
}

const febrl = await loadConfig(path.join("bench", "linkage", "febrl.json"));
if (!febrl.ok) throw new Error(febrl.error);
for (const d of SETS.has("febrl") ? ["dataset1", "dataset2", "dataset3"] : []) {
  await measure(`FEBRL ${d}`, path.join(FEBRL_DIR, `${d}.csv`), febrl.config, febrlEntity);
}
for (const [label, seed] of [
  ["tune", TUNE_SEED],
  ["report", REPORT_SEED],
] as const) {
  if (!SETS.has(label)) continue;
  const indep = path.join("bench", "out", "linkage", `indep-20000-s${seed}.csv`);
  if (!existsSync(indep)) await generate(20_000, seed, indep);
  const truth = new Map(
    readFileSync(indep.replace(/\.csv$/, ".truth.csv"), "utf8")
      .split("\n")
      .map((l) => l.split(",") as [string, string]),
  );
  await measure(`independent ${label} (seed ${seed})`, indep, CANONICAL_CONFIG, (id) => truth.get(id) ?? id);
}

const table = [
  "| set | A × B | true pairs | F1 clear | F1 hashed (exact keys) | F1 hashed (CLK Bloom filters) | candidate pairs (CLK) |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...rows,
];
if (process.argv.includes("--record")) {
  appendResults("Linkage: hashed against clear text (bench/linkage/hashed.ts)", [
    "Accuracy only; timing not measured, machine shared.",
    "",
    ...table,
    "",
  ]);
}
