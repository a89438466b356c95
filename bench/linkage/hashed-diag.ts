// Tune-seed diagnostics of the hashed bench (refuses the report seed): true pairs the clear-text
// link finds and the CLK link misses, and the CLK link's false matches, with the errors put into
// the two records.
//   node bin/run-ts.js bench/linkage/hashed-diag.ts [missed|false] [n]
import { readFileSync } from "node:fs";
import path from "node:path";
import { CANONICAL_CONFIG } from "../../src/server/modules/linkage/cli/config";
import { hashRecords } from "../../src/server/modules/linkage/cli/hash-records";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import {
  fieldsFor,
  hashedFieldLevels,
  linkHashed,
} from "../../src/server/modules/linkage/domain/hashed-link";
import { linkPrepared } from "../../src/server/modules/linkage/domain/link";
import { splitTask, taskF1 } from "./hashed-task";
import { TUNE_SEED } from "./indep/generate";

const file = path.join("bench", "out", "linkage", `indep-20000-s${TUNE_SEED}.csv`);
const truth = new Map<string, string[]>();
for (const l of readFileSync(file.replace(/\.csv$/, ".truth.csv"), "utf8")
  .split("\n")
  .slice(1)) {
  const c = l.split(",");
  if (c[0]) truth.set(c[0], c);
}
const person = (id: string) => truth.get(id)?.[1] ?? id;
const tags = (id: string) => truth.get(id)?.[4] ?? "";
const read = await readPreparedRecords(file, CANONICAL_CONFIG);
if (!read.ok) throw new Error(read.error);
const task = splitTask(read.records, (r) => person(r.id), read.presence);
const key = Buffer.from("bench-shared-secret-of-two-agencies");
const ha = hashRecords(task.a, key, true);
const hb = hashRecords(task.b, key, true);
const clear = linkPrepared(task.a, task.b, task.presence, {});
const clk = linkHashed(ha, hb);
const fields = fieldsFor(ha, hb);
console.log(
  `F1 clear ${taskF1(clear.pairs, task, person).toFixed(4)} CLK ${taskF1(clk.pairs, task, person).toFixed(4)}`,
);
const raw = new Map(
  readFileSync(file, "utf8")
    .split("\n")
    .map((l) => [l.split(",")[0], l]),
);
const matchKey = (p: { idA: string; idB: string }) => `${p.idA}|${p.idB}`;
const clearMatch = new Set(clear.pairs.filter((p) => p.decision === "match").map(matchKey));
const clkPairs = new Map(clk.pairs.map((p) => [matchKey(p), p]));
const mode = process.argv[2] ?? "missed";
const limit = Number(process.argv[3] ?? 30);
const buckets = new Map<string, number>();
const bump = (k: string) => buckets.set(k, (buckets.get(k) ?? 0) + 1);
const aIndex = new Map(task.a.map((r, i) => [person(r.id), i]));
let shown = 0;
const show = (i: number, j: number, note: string) => {
  if (shown++ >= limit) return;
  const a = task.a[i];
  const b = task.b[j];
  if (!a || !b) return;
  const levels = hashedFieldLevels(clk, ha[i]!, hb[j]!, fields);
  console.log(
    `--- ${note} tags=[${tags(a.id)}]/[${tags(b.id)}]\n  ${raw.get(a.id)}\n  ${raw.get(b.id)}\n  ${levels}`,
  );
};
if (mode === "missed") {
  task.b.forEach((b, j) => {
    const i = aIndex.get(person(b.id));
    if (i === undefined) return;
    const a = task.a[i]!;
    const k = `${a.id}|${b.id}`;
    const c = clkPairs.get(k);
    if (c?.decision === "match") return;
    const inClear = clearMatch.has(k);
    const why = c ? `clk ${c.decision} ${c.note ?? ""} w=${c.weight.toFixed(1)}` : "clk none";
    bump(`${inClear ? "clear-match" : "clear-miss"} ${c ? c.decision : "none"}`);
    if (inClear)
      for (const t of new Set([...tags(a.id).split(";"), ...tags(b.id).split(";")])) bump(`  tag ${t}`);
    if (inClear) show(i, j, why);
  });
} else {
  for (const p of clk.pairs) {
    if (p.decision !== "match" || person(p.idA) === person(p.idB)) continue;
    const inClear = clearMatch.has(matchKey(p));
    const sameHh = truth.get(p.idA)?.[2] === truth.get(p.idB)?.[2];
    bump(`false clk ${inClear ? "also-clear" : "clk-only"} ${sameHh ? "household" : "other"}`);
    if (!inClear) show(p.indexA, p.indexB, `w=${p.weight.toFixed(1)} hh=${sameHh}`);
  }
  for (const p of clear.pairs)
    if (p.decision === "match" && person(p.idA) !== person(p.idB)) bump("false clear");
}
console.log(
  [...buckets.entries()]
    .sort()
    .map(([k, v]) => `${v}\t${k}`)
    .join("\n"),
);
