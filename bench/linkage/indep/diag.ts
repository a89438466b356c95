// Tune-seed diagnostics (refuses the report seed): where true pairs and false review pairs sit.
//   node bin/run-ts.js bench/linkage/indep/diag.ts bench/out/linkage/indep-20000-s101.csv missed|false|falsereview|guarded|refused [n]
import { readFileSync } from "node:fs";
import { CANONICAL_CONFIG } from "../../../src/server/modules/linkage/cli/config";
import { readPreparedRecords } from "../../../src/server/modules/linkage/cli/read-records";
import { finishDedup } from "../../../src/server/modules/linkage/domain/dedup";
import { explainPrepared } from "../../../src/server/modules/linkage/domain/explain";
import { runPipeline } from "../../../src/server/modules/linkage/domain/pipeline";
import { compileScorer } from "../../../src/server/modules/linkage/domain/scorer";

const file = process.argv[2] ?? "bench/out/linkage/indep-20000-s101.csv";
if (!file.includes("s101")) throw new Error("tune seed only");
const read = await readPreparedRecords(file, CANONICAL_CONFIG);
if (!read.ok) throw new Error(read.error);
const recs = read.records;
const truth = new Map<string, string[]>();
for (const l of readFileSync(file.replace(/\.csv$/, ".truth.csv"), "utf8")
  .split("\n")
  .slice(1)) {
  const c = l.split(",");
  if (c[0]) truth.set(c[0], c);
}
const person = (i: number) => truth.get(recs[i]?.id ?? "")?.[1];
const tags = (i: number) => truth.get(recs[i]?.id ?? "")?.[4] ?? "";
const s = runPipeline(recs, read.presence, {});
const res = finishDedup(recs, s);
const raw = readFileSync(file, "utf8").split("\n");
const head = raw[0];
const rawById = new Map(raw.slice(1).map((l) => [l.split(",")[0], l]));
const scorer = compileScorer(s.model);
const buckets = new Map<string, number>();
const bump = (k: string) => buckets.set(k, (buckets.get(k) ?? 0) + 1);
const show: string[] = [];
const mode = process.argv[3] ?? "missed";
let shown = 0;
for (let p = 0; p < s.gammas.count; p++) {
  const i = s.blocking.a[p] ?? 0;
  const j = s.blocking.b[p] ?? 0;
  const same = person(i) === person(j);
  const d = s.decision[p];
  const joined = res.entityIds[i] === res.entityIds[j];
  const w = s.weight[p] ?? 0;
  const wb = Math.max(-10, Math.min(20, Math.round(w / 2) * 2));
  bump(`${same ? "T" : "F"} ${d}${s.guard[p] ? `/${s.guard[p]}` : ""} joined=${joined} w~${wb}`);
  const want =
    (mode === "missed" && same && !joined) ||
    (mode === "falsereview" && !same && d === "review") ||
    (mode === "false" && !same && joined) ||
    (mode === "guarded" && same && s.guard[p] !== null) ||
    (mode === "refused" && d === "match" && !joined);
  if (want && shown < Number(process.argv[4] ?? 40)) {
    shown++;
    const a = recs[i];
    const b = recs[j];
    if (!a || !b) continue;
    const e = explainPrepared(scorer, a, b);
    show.push(
      `--- w=${w.toFixed(1)} d=${d} guard=${s.guard[p]} tags=[${tags(i)}]/[${tags(j)}]\n  ${rawById.get(a.id)}\n  ${rawById.get(b.id)}\n  ${e.contributions.map((c) => `${c.comparison}:${c.level ?? "-"}(${(c.weight + c.tfAdjustment).toFixed(1)})`).join(" ")}`,
    );
  }
}
console.log(head);
console.log(show.join("\n"));
console.log(
  [...buckets.entries()]
    .filter(([k]) => !k.startsWith("F nonMatch"))
    .sort()
    .map(([k, v]) => `${v}\t${k}`)
    .join("\n"),
);
const split = new Map<string, number>();
for (const p of res.pairs) {
  if (p.decision !== "review" || res.entityIds[p.indexA] === res.entityIds[p.indexB]) continue;
  const k = `${person(p.indexA) === person(p.indexB) ? "T" : "F"} ${p.note ?? "scored"} p~${p.probability.toFixed(1)}`;
  split.set(k, (split.get(k) ?? 0) + 1);
}
console.log(
  [...split.entries()]
    .sort()
    .map(([k, v]) => `${v}\t${k}`)
    .join("\n"),
);
