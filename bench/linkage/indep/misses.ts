// Names the remaining miss classes of a run on the independent register: missed true pairs by the
// errors put into their two records, false pairs by how the two people are related.
import { readFileSync } from "node:fs";
import type { DedupResult } from "../../../src/server/modules/linkage/domain/dedup";
import type { Prepared } from "../../../src/server/modules/linkage/domain/types";

type Truth = { person: string; household: string; twin: boolean; tags: string[] };

function readTruth(file: string): Map<string, Truth> {
  const out = new Map<string, Truth>();
  for (const line of readFileSync(file.replace(/\.csv$/, ".truth.csv"), "utf8")
    .split("\n")
    .slice(1)) {
    const [id = "", person = "", household = "", twin = "", tags = ""] = line.split(",");
    if (id !== "")
      out.set(id, { person, household, twin: twin === "1", tags: tags === "" ? [] : tags.split(";") });
  }
  return out;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top(map: Map<string, number>, n: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v}\t${k}`)
    .join("\n");
}

export function describeMisses(file: string, records: readonly Prepared[], result: DedupResult): string {
  const truth = readTruth(file);
  const t = records.map((r) => truth.get(r.id));
  const byPerson = new Map<string, number[]>();
  t.forEach((x, i) => {
    const list = byPerson.get(x?.person ?? `#${i}`) ?? [];
    list.push(i);
    byPerson.set(x?.person ?? `#${i}`, list);
  });
  const byTag = new Map<string, number>();
  const byCombo = new Map<string, number>();
  let missed = 0;
  let notCandidate = 0;
  for (const group of byPerson.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x] ?? 0;
        const j = group[y] ?? 0;
        if (result.entityIds[i] === result.entityIds[j]) continue;
        missed++;
        if (!result.isCandidate(Math.min(i, j), Math.max(i, j))) notCandidate++;
        const tags = [...new Set([...(t[i]?.tags ?? []), ...(t[j]?.tags ?? [])])].sort();
        for (const tag of tags) bump(byTag, tag);
        bump(byCombo, tags.join("+") || "(no error tag)");
      }
    }
  }
  const falseKinds = new Map<string, number>();
  const byEntity = new Map<string, number[]>();
  result.entityIds.forEach((e, i) => {
    const list = byEntity.get(e) ?? [];
    list.push(i);
    byEntity.set(e, list);
  });
  let falsePairs = 0;
  for (const group of byEntity.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = t[group[x] ?? 0];
        const b = t[group[y] ?? 0];
        if (!a || !b || a.person === b.person) continue;
        falsePairs++;
        const kind =
          a.household === b.household
            ? a.twin && b.twin
              ? "same household: twins"
              : "same household"
            : records[group[x] ?? 0]?.nameKey === records[group[y] ?? 0]?.nameKey
              ? "namesakes (other household)"
              : "other";
        bump(falseKinds, kind);
      }
    }
  }
  return [
    `missed true pairs: ${missed} (${notCandidate} never compared: blocking)`,
    "by error tag (a pair counts under each tag its two records carry):",
    top(byTag, 30),
    "by combination:",
    top(byCombo, 25),
    `false pairs: ${falsePairs}`,
    top(falseKinds, 10),
  ].join("\n");
}
