// Duplicate hint while typing, measured in memory: index a register with the default model, then
// look up typed records (one copy of each listed-twice owner, left out of the index) and time
// each lookup. The product does the same on stored keys in PostgreSQL; this is the engine's part.
import { readFileSync } from "node:fs";
import { CANONICAL_CONFIG } from "../../src/server/modules/linkage/cli/config";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import {
  createEntityIndex,
  defaultModel,
  findCandidates,
  type Prepared,
} from "../../src/server/modules/linkage/domain";

export type HintResult = {
  register: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  top1: number;
};

export async function runHintBench(file: string, queries = 1000): Promise<HintResult> {
  const read = await readPreparedRecords(file, CANONICAL_CONFIG);
  if (!read.ok) throw new Error(read.error);
  const truth = new Map<string, string>();
  for (const line of readFileSync(file.replace(/\.csv$/, ".truth.csv"), "utf8")
    .split("\n")
    .slice(1)) {
    const [id, entity] = line.split(",");
    if (id && entity) truth.set(id, entity);
  }
  const seenEntity = new Set<string>();
  const multi = new Map<string, number>();
  for (const r of read.records) multi.set(truth.get(r.id) ?? "", (multi.get(truth.get(r.id) ?? "") ?? 0) + 1);
  const typed: Prepared[] = [];
  const indexed: Array<{ record: Prepared; entityId: string }> = [];
  for (const r of read.records) {
    const entity = truth.get(r.id) ?? r.id;
    if (typed.length < queries && (multi.get(entity) ?? 0) >= 2 && !seenEntity.has(entity)) {
      seenEntity.add(entity);
      typed.push(r);
    } else indexed.push({ record: r, entityId: entity });
  }
  const index = createEntityIndex({ model: defaultModel(), records: indexed });
  const times: number[] = [];
  let top1 = 0;
  for (const r of typed) {
    const t = performance.now();
    const hits = findCandidates(index, r, { limit: 5 });
    times.push(performance.now() - t);
    if (hits[0] && hits[0].entityId === truth.get(r.id)) top1++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    register: indexed.length,
    queries: typed.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    top1: top1 / Math.max(1, typed.length),
  };
}
