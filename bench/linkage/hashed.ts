// Hashed (privacy-preserving) against clear-text linkage, accuracy only. Each data set becomes a
// linking task: list A holds each entity's first record, list B its second (when it has one);
// singletons alternate between A and B so that most records have no partner.
//   node bin/run-ts.js bench/linkage/hashed.ts [--record]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CANONICAL_CONFIG, loadConfig, type MatchConfig } from "../../src/server/modules/linkage/cli/config";
import { hashRecords } from "../../src/server/modules/linkage/cli/hash-records";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import { linkHashed } from "../../src/server/modules/linkage/domain/hashed-link";
import { linkPrepared } from "../../src/server/modules/linkage/domain/link";
import type { FieldPresence, Prepared } from "../../src/server/modules/linkage/domain/types";
import { appendResults } from "../results";
import { FEBRL_DIR } from "./febrl";
import { febrlEntity } from "./febrl-truth";
import { generate, REPORT_SEED, TUNE_SEED } from "./indep/generate";

type Task = { a: Prepared[]; b: Prepared[]; truePairs: number; presence: FieldPresence };

function split(records: readonly Prepared[], entity: (r: Prepared) => string, presence: FieldPresence): Task {
  const seen = new Map<string, number>();
  const a: Prepared[] = [];
  const b: Prepared[] = [];
  let alternate = 0;
  const count = new Map<string, number>();
  for (const r of records) count.set(entity(r), (count.get(entity(r)) ?? 0) + 1);
  for (const r of records) {
    const e = entity(r);
    const n = seen.get(e) ?? 0;
    seen.set(e, n + 1);
    if ((count.get(e) ?? 0) === 1) (alternate++ % 2 === 0 ? a : b).push(r);
    else if (n === 0) a.push(r);
    else if (n === 1) b.push(r);
  }
  const inA = new Set(a.map(entity));
  return {
    a,
    b,
    truePairs: b.filter((r) => (count.get(entity(r)) ?? 0) > 1 && inA.has(entity(r))).length,
    presence,
  };
}

function f1(
  pairs: Array<{ idA: string; idB: string; decision: string }>,
  task: Task,
  entity: (id: string) => string,
) {
  const matches = pairs.filter((p) => p.decision === "match");
  const correct = matches.filter((p) => entity(p.idA) === entity(p.idB)).length;
  const precision = matches.length === 0 ? 1 : correct / matches.length;
  const recall = task.truePairs === 0 ? 1 : correct / task.truePairs;
  return (2 * precision * recall) / Math.max(precision + recall, 1e-9);
}

const KEY = Buffer.from("bench-shared-secret-of-two-agencies");
const rows: string[] = [];

async function measure(name: string, file: string, config: MatchConfig, entityOf: (id: string) => string) {
  const read = await readPreparedRecords(file, config);
  if (!read.ok) throw new Error(read.error);
  const task = split(read.records, (r) => entityOf(r.id), read.presence);
  const clear = linkPrepared(task.a, task.b, task.presence, {});
  const exact = linkHashed(hashRecords(task.a, KEY, false), hashRecords(task.b, KEY, false));
  const clk = linkHashed(hashRecords(task.a, KEY, true), hashRecords(task.b, KEY, true));
  const row = [
    f1(clear.pairs, task, entityOf),
    f1(exact.pairs, task, entityOf),
    f1(clk.pairs, task, entityOf),
  ];
  const line = `| ${name} | ${task.a.length} × ${task.b.length} | ${task.truePairs} | ${row.map((x) => x.toFixed(4)).join(" | ")} | ${clk.candidatePairs} |`;
  console.log(line);
  rows.push(line);
}

const febrl = await loadConfig(path.join("bench", "linkage", "febrl.json"));
if (!febrl.ok) throw new Error(febrl.error);
for (const d of ["dataset1", "dataset2", "dataset3"]) {
  await measure(`FEBRL ${d}`, path.join(FEBRL_DIR, `${d}.csv`), febrl.config, febrlEntity);
}
for (const [label, seed] of [
  ["tune", TUNE_SEED],
  ["report", REPORT_SEED],
] as const) {
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
